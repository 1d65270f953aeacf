// Learning from coded examples, part two: a linear multi-label classifier, one logistic
// regression per topic (one-vs-rest), over the lemmas of the text and the codebook topics whose
// key phrases fire in it (what the matcher reads). Deterministic: zero start, full-batch gradient
// descent with a fixed step and number of rounds, examples and features in a fixed order. Its
// probability counts in a topic's score with a weight that grows with the topic's examples,
// n / (n + CLASSIFIER.halfWeight): a topic without examples keeps the codebook's score alone.
import type { CompiledCodebook } from './compiled-codebook.ts';
import { fired } from './phrase-reliability.ts';
import { contentKeys } from '../text/tokens.ts';

export const CLASSIFIER = {
  /** Examples of a topic at which its classifier weighs as much as the codebook. */
  halfWeight: 40,
  /** L2 penalty per weight, and gradient steps (chosen by 5-fold cross-validation within the second UPR cycle's list). */
  l2: 0.001,
  rounds: 80,
  step: 10,
  /** A topic needs this many coded examples before its classifier counts. */
  minPositives: 2,
  /** Heavy-ball momentum of the gradient steps (0: plain gradient descent). */
  momentum: 0.8,
};

export interface ClassifierExample {
  readonly id: string;
  readonly text: string;
  readonly topics: readonly string[];
}

export interface TopicClassifier {
  /** Topic id -> { probability, weight } for a text; topics the examples never took are absent. */
  predict(text: string): ReadonlyMap<string, { readonly p: number; readonly weight: number }>;
  readonly size: number;
}

const featuresOf = (codebook: CompiledCodebook, text: string): string[] =>
  [...new Set([...contentKeys(text).map((k) => `w:${k}`), ...fired(codebook, text).map((f) => `t:${f.topic}`)])].sort();

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Trains one logistic regression per topic that has enough examples. */
export function topicClassifier(codebook: CompiledCodebook, examples: readonly ClassifierExample[]): TopicClassifier {
  const rows = examples.map((e) => featuresOf(codebook, e.text));
  const vocabulary = new Map<string, number>();
  for (const row of rows) for (const f of row) if (!vocabulary.has(f)) vocabulary.set(f, vocabulary.size);
  // Each example's features as indices, scaled to unit length (texts of any length weigh alike).
  const x = rows.map((row) => ({ index: Int32Array.from(row.map((f) => vocabulary.get(f) ?? 0)), value: 1 / Math.sqrt(Math.max(1, row.length)) }));
  const positives = new Map<string, number>();
  for (const e of examples) for (const t of new Set(e.topics)) positives.set(t, (positives.get(t) ?? 0) + 1);
  const models = new Map<string, { w: Float64Array; b: number; weight: number }>();
  const n = examples.length;
  for (const topic of [...positives.keys()].sort()) {
    const count = positives.get(topic) ?? 0;
    if (count < CLASSIFIER.minPositives || count === n) continue;
    const y = Float64Array.from(examples, (e) => (e.topics.includes(topic) ? 1 : 0));
    const w = new Float64Array(vocabulary.size);
    let b = Math.log(count / (n - count));
    const grad = new Float64Array(vocabulary.size);
    const rate = CLASSIFIER.step / n;
    const decay = 1 - rate * CLASSIFIER.l2 * n;
    const velocity = new Float64Array(vocabulary.size);
    let vb = 0;
    const mu = CLASSIFIER.momentum;
    for (let round = 0; round < CLASSIFIER.rounds; round += 1) {
      grad.fill(0);
      let gb = 0;
      for (let i = 0; i < n; i += 1) {
        const { index, value } = x[i] as (typeof x)[number];
        let z = b;
        for (let k = 0; k < index.length; k += 1) z += (w[index[k] as number] as number) * value;
        const err = (sigmoid(z) - (y[i] as number)) * value;
        gb += err / value;
        for (let k = 0; k < index.length; k += 1) { const j = index[k] as number; grad[j] = (grad[j] as number) + err; }
      }
      for (let j = 0; j < w.length; j += 1) {
        const v = mu * (velocity[j] as number) - rate * (grad[j] as number) - (1 - decay) * (w[j] as number);
        velocity[j] = v;
        w[j] = (w[j] as number) + v;
      }
      vb = mu * vb - rate * gb;
      b += vb;
    }
    models.set(topic, { w, b, weight: count / (count + CLASSIFIER.halfWeight) });
  }
  return {
    size: models.size,
    predict(text) {
      const out = new Map<string, { p: number; weight: number }>();
      if (models.size === 0) return out;
      const all = featuresOf(codebook, text);
      const features = all.flatMap((f) => { const j = vocabulary.get(f); return j === undefined ? [] : [j]; });
      const value = 1 / Math.sqrt(Math.max(1, all.length));
      for (const [topic, m] of models) {
        let z = m.b;
        for (const j of features) z += (m.w[j] ?? 0) * value;
        out.set(topic, { p: sigmoid(z), weight: m.weight });
      }
      return out;
    },
  };
}
