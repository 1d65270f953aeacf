// The codebook file's schema (zod): what a user may write in a codebook YAML file.
// A stand-alone file gives every section in full; a file with `extends:` lists only
// what it changes or adds, matched by id.
import { z } from 'zod';

export const ROLES = ['main-theme', 'cluster', 'other-issues', 'workshop'] as const;

const text = z.string().trim().min(1, 'must not be empty');
const texts = z.array(text);

export const topicSchema = z.strictObject({
  id: text,
  label: text,
  /** Other wordings of the label (an earlier edition of the taxonomy), read as the same topic. */
  aliases: texts.optional(),
  description: z.string().default(''),
  phrases: texts.min(1, 'a topic needs at least one key phrase'),
  exclude: texts.default([]),
  examples: texts.default([]),
});

export const appliesToSchema = z.strictObject({
  roles: z.array(z.enum(ROLES)).default([]),
  secondaryRoles: z.array(z.enum(ROLES)).default([]),
  agendaItems: z.array(z.number().int().positive()).default([]),
  workshops: z.array(z.number().int().positive()).default([]),
  titles: texts.default([]),
});

export const sectionSchema = z.strictObject({
  id: text,
  title: text,
  covers: z.string().default(''),
  /** A second facet (e.g. "persons": groups of persons), chosen apart from the main one and never forced. */
  facet: text.optional(),
  appliesTo: appliesToSchema,
  topics: z.array(topicSchema).min(1, 'a section needs at least one topic'),
});

export const codebookSchema = z.strictObject({
  id: text,
  title: text,
  version: z.union([z.string(), z.number()]).transform(String).optional(),
  sections: z.array(sectionSchema).min(1, 'a codebook needs at least one section'),
});

/** In an extending file every field but the id may be left out. */
export const topicPatchSchema = topicSchema.partial().extend({ id: text });
export const sectionPatchSchema = z.strictObject({
  id: text,
  title: text.optional(),
  covers: z.string().optional(),
  facet: text.optional(),
  appliesTo: appliesToSchema.partial().optional(),
  topics: z.array(topicPatchSchema).default([]),
});
export const codebookPatchSchema = z.strictObject({
  extends: text,
  id: text.optional(),
  title: text.optional(),
  version: z.union([z.string(), z.number()]).transform(String).optional(),
  sections: z.array(sectionPatchSchema).default([]),
});

export type CodebookFile = z.infer<typeof codebookSchema>;
export type CodebookPatchFile = z.infer<typeof codebookPatchSchema>;
