// The baseline the tracing is measured against: plain BM25 of the recommendation's words
// (lower case, no stop words, no lemmas, no phrases, no topics) against each outcome
// paragraph, always proposing the single best paragraph.
const STOP = new Set('a an and are as at be by for from has have in is it its of on or that the their this to was were which with will such other all any'.split(' '));

const words = (text: string): string[] => (text.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? []).filter((w) => !STOP.has(w));

export function baselineTrace(recommendations: readonly { id: string; text: string }[], paragraphs: readonly { number: number; text: string }[]): Map<string, number[]> {
  const docs = paragraphs.map((p) => words(p.text));
  const df = new Map<string, number>();
  for (const doc of docs) for (const w of new Set(doc)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const avg = docs.reduce((s, d) => s + d.length, 0) / Math.max(n, 1);
  const k1 = 1.2, b = 0.75;
  const out = new Map<string, number[]>();
  for (const rec of recommendations) {
    const query = new Set(words(rec.text));
    let best = -1, bestScore = -1;
    docs.forEach((doc, i) => {
      let score = 0;
      for (const w of query) {
        const tf = doc.filter((x) => x === w).length;
        if (tf === 0) continue;
        const d = df.get(w) ?? 0;
        score += Math.log(1 + (n - d + 0.5) / (d + 0.5)) * (tf * (k1 + 1)) / (tf + k1 * (1 - b + b * doc.length / avg));
      }
      if (score > bestScore) { bestScore = score; best = i; }
    });
    const number = paragraphs[best]?.number;
    out.set(rec.id, number === undefined ? [] : [number]);
  }
  return out;
}
