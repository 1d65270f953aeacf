// One stop-word rule: wink's stop-word list, with what a consumer keeps (words wink lists that
// carry meaning in the domain) and what it adds (formula words of the genre), named per use.

export interface StopWordRules {
  /** Words wink marks as stop words that are kept as content. */
  readonly keep: ReadonlySet<string>;
  /** Words that count as stop words although wink does not list them. */
  readonly add: ReadonlySet<string>;
}

export const STOP_WORDS = {
  /** Mapping: key phrases and topic documents keep a few words wink drops ("own", "new", "full"). */
  mapping: {
    keep: new Set(['own', 'first', 'well', 'former', 'last', 'new', 'open', 'full']),
    add: new Set<string>(),
  },
  /** Tracing: formula words of the genre carry no subject matter in either text ("member", "state", "relevant"). */
  tracing: {
    keep: new Set<string>(),
    add: new Set(['include', 'inter', 'alia', 'relevant', 'appropriate', 'member', 'state', 'we', 'take', 'make', 'also', 'well']),
  },
} as const satisfies Record<string, StopWordRules>;

/** Whether a lemma (lower case) is a stop word under `rules`, given wink's flag for it. */
export function isStopWord(lemma: string, winkFlag: boolean, rules: StopWordRules): boolean {
  return (winkFlag && !rules.keep.has(lemma)) || rules.add.has(lemma);
}
