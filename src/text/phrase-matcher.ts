// One phrase matcher for the mapping's key phrases and the tracing's concepts: a phrase is a
// list of comparison keys, a text a list of content words with their keys (and clauses); the
// rules of a match (in any order within a window of one clause, or in the phrase's order with
// small gaps) are named per use, in PHRASE_RULES.

/** A content word of a text, as the matcher compares it. */
export interface Place {
  readonly key: string;
  /** Clause number: a match under `withinClause` never crosses a ";", "." or ":". */
  readonly clause: number;
}

export type PhraseRules =
  /** All the phrase's distinct keys, in any order, within (keys + slack) content words of the first, in one clause. */
  | { readonly order: 'any'; readonly slack: (size: number) => number; readonly withinClause: boolean }
  /** The phrase's keys in its order, each within `gap` further content words after the one before. */
  | { readonly order: 'given'; readonly gap: number };

export const PHRASE_RULES = {
  /** Mapping: "capacity ... strengthened" matches "strengthening capacities"; one clause. */
  mapping: { order: 'any', slack: (size: number): number => (size <= 1 ? 0 : size === 2 ? 2 : 3), withinClause: true },
  /** Tracing: a concept's phrase in order, its words at most two content words apart. */
  tracing: { order: 'given', gap: 2 },
} as const satisfies Record<string, PhraseRules>;

/** A text's content words, with where each key stands (built once per text, for all phrases). */
export interface PlaceIndex {
  readonly places: readonly Place[];
  readonly positions: ReadonlyMap<string, readonly number[]>;
}

export function placeIndex(places: readonly Place[]): PlaceIndex {
  const positions = new Map<string, number[]>();
  places.forEach((place, i) => {
    const list = positions.get(place.key);
    if (list === undefined) positions.set(place.key, [i]);
    else list.push(i);
  });
  return { places, positions };
}

/** One match: positions (into `places`) of the first and last matched word and of every matched word, ascending. */
export interface PlaceMatch {
  readonly first: number;
  readonly last: number;
  readonly matched: readonly number[];
}

function anyOrder(keys: readonly string[], index: PlaceIndex, rules: Extract<PhraseRules, { order: 'any' }>): PlaceMatch[] {
  // A match holds every key: a phrase with a key the text lacks matches nowhere (most phrases, for most texts).
  for (const key of keys) if (!index.positions.has(key)) return [];
  const wanted = new Set(keys);
  const size = wanted.size;
  if (size === 0) return [];
  const { places } = index;
  const reach = size + rules.slack(size);
  const starts = [...wanted].flatMap((key) => index.positions.get(key) ?? []).sort((a, b) => a - b);
  const matches: PlaceMatch[] = [];
  for (const i of starts) {
    const start = places[i];
    if (start === undefined) continue;
    const seen = new Map<string, number>();
    for (let j = i; j < places.length && j < i + reach; j += 1) {
      const here = places[j];
      if (here === undefined || (rules.withinClause && here.clause !== start.clause)) break;
      if (wanted.has(here.key) && !seen.has(here.key)) seen.set(here.key, j);
      if (seen.size === size) {
        matches.push({ first: i, last: j, matched: [...seen.values()].sort((a, b) => a - b) });
        break;
      }
    }
  }
  return matches;
}

function givenOrder(keys: readonly string[], index: PlaceIndex, rules: Extract<PhraseRules, { order: 'given' }>): PlaceMatch[] {
  const { places } = index;
  const matches: PlaceMatch[] = [];
  for (const i of index.positions.get(keys[0] ?? '') ?? []) {
    let at = i;
    const matched = [i];
    const found = keys.slice(1).every((key) => {
      let next = -1;
      for (let j = at + 1; j < Math.min(places.length, at + 2 + rules.gap); j += 1) {
        if (places[j]?.key === key) {
          next = j;
          break;
        }
      }
      if (next < 0) return false;
      at = next;
      matched.push(next);
      return true;
    });
    if (found) matches.push({ first: i, last: at, matched });
  }
  return matches;
}

/** Every place the phrase (its keys) matches in the text, by start; overlapping matches are all returned. */
export function matchKeys(keys: readonly string[], index: PlaceIndex, rules: PhraseRules): PlaceMatch[] {
  return rules.order === 'any' ? anyOrder(keys, index, rules) : givenOrder(keys, index, rules);
}
