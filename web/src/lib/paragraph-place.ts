// Where a declaration paragraph stands: in the preamble (numbered within it) or among the operative
// paragraphs. The API names it by number and, for the preamble, `part: 'preamble'`.

export interface Place {
  readonly paragraph: number;
  readonly part?: 'preamble' | 'operative' | undefined;
}

const inPreamble = (place: Place): boolean => place.part === 'preamble';

/** A key for lists and save states: "23", or "preamble-3". */
export const placeKey = (place: Place): string => (inPreamble(place) ? `preamble-${place.paragraph}` : String(place.paragraph));

/** The place a key names (placeKey's inverse); undefined for a key that names none. */
export function placeOfKey(key: string): Place | undefined {
  const preamble = /^preamble-(\d+)$/.exec(key);
  if (preamble !== null) return { paragraph: Number(preamble[1]), part: 'preamble' };
  return /^\d+$/.test(key) ? { paragraph: Number(key) } : undefined;
}

/** "para. 23", "preamble, para. 3". */
export const placeLabel = (place: Place): string => (inPreamble(place) ? `preamble, para. ${place.paragraph}` : `para. ${place.paragraph}`);

/** A removed link as the API lists it: an operative paragraph's number, a preambular one's negated. */
export const removedPlace = (n: number): Place => (n < 0 ? { paragraph: -n, part: 'preamble' } : { paragraph: n });

/** The part as a decision carries it: only for the preamble. */
export const partOf = (place: Place): { part?: 'preamble' } => (inPreamble(place) ? { part: 'preamble' } : {});
