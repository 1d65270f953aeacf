// Scoring of predicted topics against gold, as shared/gold/README.md defines it:
// precision counts a topic right when in `topics` or `alsoAcceptable`; recall is over `topics`.

export interface GoldItem {
  readonly symbol: string;
  readonly paragraph: number;
  readonly subparagraph: string;
  readonly topics: readonly string[];
  readonly alsoAcceptable: readonly string[];
  readonly evidence?: Readonly<Record<string, readonly string[]>>;
}

export interface Prediction {
  readonly citation: string;
  readonly gold: GoldItem;
  readonly predicted: readonly string[];
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly predicted: number;
  readonly gold: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Micro-averaged scores; `section` restricts to topics of one index section (its letter). */
export function score(predictions: readonly Prediction[], section?: string): Scores {
  const inSection = (id: string): boolean => section === undefined || id.startsWith(section);
  let predicted = 0;
  let right = 0;
  let gold = 0;
  let found = 0;
  for (const { gold: item, predicted: ids } of predictions) {
    const mine = ids.filter(inSection);
    predicted += mine.length;
    right += mine.filter((id) => item.topics.includes(id) || item.alsoAcceptable.includes(id)).length;
    const wanted = item.topics.filter(inSection);
    gold += wanted.length;
    found += wanted.filter((id) => ids.includes(id)).length;
  }
  const precision = predicted === 0 ? 0 : right / predicted;
  const recall = gold === 0 ? 0 : found / gold;
  return { precision, recall, f1: f1(precision, recall), predicted, gold };
}

/** Lines naming each miss and false positive with its citation. */
export function errors(predictions: readonly Prediction[]): string[] {
  const lines: string[] = [];
  for (const { citation, gold, predicted } of predictions) {
    const missed = gold.topics.filter((id) => !predicted.includes(id));
    const wrong = predicted.filter((id) => !gold.topics.includes(id) && !gold.alsoAcceptable.includes(id));
    if (missed.length + wrong.length === 0) continue;
    lines.push(`${citation}: gold ${gold.topics.join(',')} · predicted ${predicted.join(',')}` +
      `${missed.length ? ` · missed ${missed.join(',')}` : ''}${wrong.length ? ` · false ${wrong.join(',')}` : ''}`);
  }
  return lines;
}
