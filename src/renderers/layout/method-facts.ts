// A run made ready for an edition: the final edition carries the facts its background and method
// note states (the meetings expected, the report sections a report lacks) and no file paths.

import { REGIONS, type ConcordDocument, type Region } from '../../model/types.ts';
import type { ExpectedMeeting, MappingRun, RunEdition } from '../../pipeline/types.ts';
import { fileName } from './wording.ts';

export type EditionName = RunEdition['name'];
export const EDITIONS: readonly EditionName[] = ['review', 'final'];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "A/CONF.234/RPM.1/1 (Asia and the Pacific; Bangkok, 22-24 January 2019)": a symbol, then the region
// and where and when the meeting was held, as a list of meetings gives them.
const MEETING = new RegExp(`([A-Z][A-Z0-9]*(?:/[A-Z0-9][A-Za-z0-9.-]*)+)\\s*\\(\\s*(${REGIONS.map(escape).join('|')})\\s*;\\s*([^)]+?)\\s*\\)`, 'g');

/** The meetings a document lists with their symbol and region (the Secretariat's snapshot does), in its order. */
export function meetingsListedIn(documents: readonly ConcordDocument[]): ExpectedMeeting[] {
  const found = new Map<string, ExpectedMeeting>();
  for (const doc of documents) {
    const texts = [...doc.paragraphs.flatMap((p) => [p.text, ...p.items.map((i) => i.text)]), ...doc.footnotes.map((f) => f.text)];
    for (const text of texts) {
      for (const m of text.replace(/[*_]/g, '').matchAll(MEETING)) {
        const [, symbol, region, where] = m;
        if (symbol === undefined || region === undefined || where === undefined || found.has(symbol)) continue;
        found.set(symbol, { symbol, region: region as Region, where });
      }
    }
  }
  return [...found.values()];
}

/** Per mapped report, the roles of the codebook's sections it has no heading for ("other-issues" for Western Asia). */
function lackingSections(run: MappingRun): RunEdition['lacking'] {
  const wanted = run.codebook.sections.map((s) => s.appliesTo.roles).filter((roles) => roles.length > 0);
  const models = new Map((run.models?.reports ?? []).map((d) => [d.symbol, d] as const));
  const out: { symbol: string; roles: string[] }[] = [];
  for (const doc of run.documents.filter((d) => d.excluded === undefined)) {
    const model = models.get(doc.symbol);
    // With the model, the report's headings say; without it, the sections its recommendations stand in.
    const has = new Set<string>(model === undefined
      ? run.recommendations.filter((r) => r.symbol === doc.symbol).map((r) => r.context.role)
      : model.headings.map((h) => h.role));
    const roles = [...new Set(wanted.filter((group) => !group.some((role) => has.has(role))).map((group) => group[0] ?? ''))].filter((r) => r !== '');
    if (roles.length > 0) out.push({ symbol: doc.symbol, roles });
  }
  return out;
}

const ABSOLUTE_PATH = /(?<![\w:/.])(?:[A-Za-z]:\\|\/)(?:[^\s/\\"'<>:]+[/\\])+([^\s/\\"'<>:]+)/g;

/** Every `source` a file name, and any absolute path in a text its file name: a circulated file names no folder. */
function withoutPaths<T>(value: T): T {
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return key === 'source' && /[/\\]/.test(v) && !v.startsWith('concord:') ? fileName(v) : v.replace(ABSOLUTE_PATH, '$1');
    if (Array.isArray(v)) return v.map((x) => walk(x, ''));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value, '') as T;
}

/**
 * The run as the edition presents it. The review edition is the run itself; the final edition gathers the
 * facts of its method note (from the run and, when it was built with them, the documents' models) and drops paths.
 */
export function forEdition(run: MappingRun, name: EditionName, options: { reviewedCount?: number } = {}): MappingRun {
  if (name === 'review') return run;
  const edition: RunEdition = {
    name,
    reviewedCount: options.reviewedCount ?? 0,
    expected: meetingsListedIn(run.models?.others ?? []),
    lacking: lackingSections(run),
  };
  return { ...withoutPaths(run), edition };
}

/** The run with the pages where its bookmarks fall, for the contents and the index of the Word and PDF files. */
export function withPages(run: MappingRun, pages: Readonly<Record<string, number>>): MappingRun {
  const edition: RunEdition = run.edition ?? { name: 'review', reviewedCount: 0, expected: [], lacking: [] };
  return { ...run, edition: { ...edition, pages } };
}
