// A crosswalk: the labels of an earlier edition of a taxonomy ("A12 Acceptance of international
// norms", the UHRI's coded labels of 2012-2016) mapped onto the topics of a codebook (by id or
// label). Shipped crosswalks (codebooks/crosswalks/*.yaml) apply to the codebook they name in
// `to:`; a crosswalk given with --examples applies as well, before them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { z as Zod } from 'zod';
import { CodebookError } from '../model/errors.ts';
import { labelIndex, normalLabel } from './label-match.ts';
import type { Codebook } from './types.ts';
import { readYaml } from './yaml-places.ts';

const CROSSWALK_DIR = fileURLToPath(new URL('../../codebooks/crosswalks/', import.meta.url));

const require = createRequire(import.meta.url);

// zod is loaded when a crosswalk is read, not by every run.
function buildCrosswalkSchema(z: typeof Zod) {
  const text = z.string().trim().min(1, 'must not be empty');
  const targets = z.union([text.transform((t) => [t]), z.array(text)]);
  return z.strictObject({
    /** The taxonomy the old labels come from, for the reader. */
    from: text,
    /** The codebook id the targets belong to. */
    to: text,
    /** Old label -> topic ids or labels of `to` (an empty list: deliberately without a counterpart). */
    labels: z.record(z.string(), z.union([targets, z.array(z.never()).length(0)])),
    /** Old labels of groups of persons -> topics of the facet named (`persons`). */
    facets: z.record(z.string(), z.record(z.string(), z.union([targets, z.array(z.never()).length(0)]))).default({}),
  });
}
let crosswalkSchema: ReturnType<typeof buildCrosswalkSchema> | undefined;

export interface Crosswalk {
  readonly source: string;
  /** The topic ids an old label maps to in `facet` (undefined: not in the crosswalk). */
  map(label: string, facet?: string): readonly string[] | undefined;
}

/** Reads a crosswalk file and checks every target against `codebook` (file:line for a wrong one). */
export function loadCrosswalk(path: string, codebook: Codebook, shown = path): Crosswalk {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new CodebookError(`${shown}: cannot read the crosswalk file`, { where: shown, cause });
  }
  const yaml = readYaml(shown, raw);
  crosswalkSchema ??= buildCrosswalkSchema((require('zod') as { z: typeof Zod }).z);
  const parsed = crosswalkSchema.safeParse(yaml.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
    throw new CodebookError(`${shown}:${yaml.line(at)}: not a crosswalk: ${issue?.message ?? 'invalid'}${at.length > 0 ? ` at ${at.join('.')}` : ''} ` +
      '(expected from:, to: and labels: { "A12 Acceptance of international norms": [Acceptance of international norms] })', { where: shown });
  }
  const index = labelIndex(codebook);
  const tables = new Map<string, Map<string, string[]>>();
  const add = (facet: string, entries: Record<string, readonly string[]>, path: string[]): void => {
    const table = new Map<string, string[]>();
    for (const [old, wanted] of Object.entries(entries)) {
      const ids = wanted.map((target) => {
        const id = index.find(target, facet === '' ? undefined : facet);
        if (id === undefined) {
          throw new CodebookError(`${shown}:${yaml.line([...path, old])}: "${target}" (for "${old}") is no topic of codebook ${codebook.id}` +
            `${facet === '' ? '' : ` in facet ${facet}`}: give a topic id or label`, { where: shown });
        }
        return id;
      });
      table.set(normalLabel(old), ids);
    }
    tables.set(facet, table);
  };
  add('', parsed.data.labels, ['labels']);
  for (const [facet, entries] of Object.entries(parsed.data.facets)) add(facet, entries, ['facets', facet]);
  return { source: shown, map: (label, facet) => tables.get(facet ?? '')?.get(normalLabel(label)) };
}

/** The shipped crosswalks onto `codebook` (those whose `to:` is its id or the id it extends). */
export function shippedCrosswalks(codebook: Codebook): Crosswalk[] {
  if (!existsSync(CROSSWALK_DIR)) return [];
  const ids = new Set([codebook.id, ...(codebook.extends === undefined ? [] : [codebook.extends])]);
  return readdirSync(CROSSWALK_DIR)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .flatMap((name) => {
      const path = resolve(CROSSWALK_DIR, name);
      const to = /^to:\s*(\S+)/m.exec(readFileSync(path, 'utf8'))?.[1];
      return to !== undefined && ids.has(to) ? [loadCrosswalk(path, codebook, `codebooks/crosswalks/${name}`)] : [];
    });
}
