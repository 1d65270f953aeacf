// Rarity-weighted term vectors and their cosine: how alike two short texts read. The example
// model (mapping) and the precedents (tracing) both compare recommendations this way.

export interface TermVector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

/** Each distinct key weighted (1 + ln tf) × idf(key), with the vector's length. */
export function termVector(keys: Iterable<string>, idf: (key: string) => number): TermVector {
  const weights = new Map<string, number>();
  for (const key of keys) weights.set(key, (weights.get(key) ?? 0) + 1);
  let sum = 0;
  for (const [key, tf] of weights) {
    const w = (1 + Math.log(tf)) * idf(key);
    weights.set(key, w);
    sum += w * w;
  }
  return { weights, norm: Math.sqrt(sum) };
}

/** Cosine of two term vectors; 0 when either is empty. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (const [key, w] of a.weights) dot += w * (b.weights.get(key) ?? 0);
  return dot / (a.norm * b.norm);
}
