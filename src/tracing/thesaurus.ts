// The domain thesaurus (codebooks/thesaurus/concepts.yaml): groups of phrases the field uses
// for one thing ("alternatives to incarceration", "non-custodial measures"). Each group becomes
// a concept term, so a recommendation and a paragraph that word it differently still meet.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { parse as Parse } from 'yaml';
import type { z as Zod } from 'zod';
import { phraseStems, type Concept } from './analyse.ts';

export const THESAURUS_PATH = fileURLToPath(new URL('../../codebooks/thesaurus/concepts.yaml', import.meta.url));

/** The thesaurus's concepts, ids prefixed with "@" ("@victims"); phrases as stem sequences. */
export function thesaurusConcepts(source: string): Concept[] {
  // The YAML parser and zod load only when a thesaurus is read (a built run takes it precompiled).
  const require = createRequire(import.meta.url);
  const { parse } = require('yaml') as { parse: typeof Parse };
  const { z } = require('zod') as { z: typeof Zod };
  const ThesaurusSchema = z.object({
    version: z.string().optional(),
    concepts: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  });
  const parsed = ThesaurusSchema.safeParse(parse(source));
  if (!parsed.success) throw new Error(`thesaurus: expected "concepts: {name: [phrases]}" (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return Object.entries(parsed.data.concepts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, phrases]) => ({
      id: `@${name}`,
      phrases: phrases.map((p) => phraseStems(p)).filter((stems) => stems.length > 0),
    }));
}

let shipped: Concept[] | undefined;

/** The shipped thesaurus, read once; none when the file is missing. */
export function shippedThesaurus(): Concept[] {
  if (shipped === undefined) {
    let source: string | undefined;
    try {
      source = readFileSync(THESAURUS_PATH, 'utf8');
    } catch {
      source = undefined;
    }
    shipped = source === undefined ? [] : thesaurusConcepts(source);
  }
  return shipped;
}
