// The schema of a report profile (profiles/*.yaml): how a kind of report is recognised,
// where its recommendations stand, how each is cited, what else it carries and where its
// outcome lies. Patterns are regular expressions (JavaScript syntax), matched ignoring case
// unless written between slashes ('/^Report of the/' matches that case only).
// zod is loaded when a profile is checked, not by every module that reads a compiled profile.
import { createRequire } from 'node:module';
import type { z as Zod } from 'zod';

const require = createRequire(import.meta.url);

/** A profile pattern as a RegExp: ignoring case, or as written when between slashes. */
export function toRegExp(source: string, flags = ''): RegExp {
  const exact = /^\/(.+)\/$/s.exec(source);
  return exact?.[1] === undefined ? new RegExp(source, `iu${flags}`) : new RegExp(exact[1], `u${flags}`);
}

const ROLES = [
  'introduction', 'conclusions', 'main-theme', 'substantive-items', 'cluster', 'summary-of-deliberations',
  'outcome-of-deliberations', 'other-issues', 'chapter', 'resolution', 'thematic', 'workshops', 'workshop',
  'chairs-summary', 'organization', 'annex', 'other',
] as const;
const KINDS = ['regional-preparatory-meeting-report', 'congress-report', 'upr-working-group-report', 'other'] as const;

function buildSchema(z: typeof Zod) {
  const pattern = z.string().min(1).superRefine((source, context) => {
    try {
      toRegExp(source);
    } catch (error) {
      context.addIssue({ code: 'custom', message: `not a regular expression (${error instanceof Error ? error.message : String(error)}); e.g. "^outcome of deliberations$"` });
    }
  });
  const role = z.enum(ROLES);

  const positionRule = z.strictObject({
    position: z.enum(['supported', 'noted']),
    /** Opens the list of recommendations that take this position: "accepts the following recommendations". */
    pattern,
  });

  const profileSchema = z.strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lowercase letters, digits and hyphens, e.g. "upr-working-group"'),
    label: z.string().min(1),
    /** How a document of this kind shows itself on its first page; any one that matches picks the profile. */
    recognise: z.strictObject({
      symbol: pattern.optional(),
      title: pattern.optional(),
      masthead: pattern.optional(),
    }),
    /** The document kind, by its title; the first that matches. */
    kinds: z.array(z.strictObject({ kind: z.enum(KINDS), title: pattern })).default([]),
    title: z.strictObject({
      /** Where the title starts in a front-matter block: "Report of the". */
      opens: pattern,
      /** Front-matter lines right after the title that name its subject ("Slovenia"), joined as "title: subject". */
      subject: pattern.optional(),
    }),
    /** A stated symbol's draft series, when the report names its own drafts: "(A/CONF.234/RPM.5)/L.1" -> "A/CONF.234/RPM.5/1". */
    symbol: z.strictObject({ draft: pattern, report: z.string().includes('{series}') }).optional(),
    /** Unlabelled headings and the part of the report each opens; `top` ones open an annex. */
    headings: z.array(z.strictObject({ pattern, role, rank: z.enum(['top', 'sub']) })).default([]),
    /** Roles a labelled heading's title implies ("II. Conclusions and recommendations"); the first that matches, else "other". */
    titles: z.array(z.strictObject({ pattern, role })).default([]),
    recommendations: z.strictObject({
      /** "lettered": (a), (b) … under a numbered lead-in, cited "para. 28 (c)"; "decimal": 121.1, 121.2 …, cited "para. 121.1". */
      numbering: z.enum(['lettered', 'decimal']),
      /** Parts of the report (roles of a heading above) where recommendations stand. */
      under: z.array(role).min(1),
      /** A lead-in that introduces recommendations. */
      leadIn: pattern,
      /** Parts where the items are recommendations even without such a lead-in (a chair's summary). */
      leadInOptionalUnder: z.array(role).default([]),
      /** Unlabelled sub-headings left out of a recommendation's section ("Outcome of deliberations"). */
      leaveOutOfSection: z.array(role).default([]),
      /** What else each recommendation carries: the meeting's region and the part of the report (cluster, workshop), or the recommending States. */
      carries: z.array(z.enum(['region', 'context', 'states'])).default([]),
      /** What the report was expected to show, for the warning when no recommendation is found. */
      expected: z.string().min(1),
    }),
    /** Where the outcome lies: a declaration to trace into, or the State's positions in an addendum. */
    outcome: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('declaration') }),
      z.strictObject({
        kind: z.literal('positions'),
        /** Positions stated in the report itself, in the lead-in: "enjoy the support of". */
        leadIns: z.array(positionRule).default([]),
        /** Positions stated in the addendum: "accepts the following recommendations 122.1, …". */
        statements: z.array(positionRule).min(1),
      }),
    ]),
  });
  return { profileSchema, role };
}

let built: ReturnType<typeof buildSchema> | undefined;

/** The profile schema, built (and zod loaded) on first use. */
export function profileSchema(): ReturnType<typeof buildSchema>['profileSchema'] {
  built ??= buildSchema((require('zod') as { z: typeof Zod }).z);
  return built.profileSchema;
}

export type ProfileData = Zod.infer<ReturnType<typeof buildSchema>['profileSchema']>;
export type ProfileRole = Zod.infer<ReturnType<typeof buildSchema>['role']>;
