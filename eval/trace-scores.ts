// Scores proposed trace links against reference answers (the shape of gold/trace.dev.json):
// recall of strong links within the top 3 proposed, precision of all proposed links against
// strong + partial, and how well "not taken up" is recognised; and the error that hurts most in a
// circulated annex: "no corresponding paragraph identified" for a recommendation the answers link.
import { recommendationId } from '../src/model/citation.ts';

export interface GoldTraceItem {
  readonly symbol: string;
  readonly paragraph: number;
  readonly subparagraph: string;
  readonly links: readonly { readonly para: number; readonly strength: 'strong' | 'partial' }[];
}

export interface TraceScores {
  readonly items: number;
  readonly strongRecallAt3: number;
  readonly linkPrecision: number;
  readonly proposed: number;
  readonly notTakenUpAccuracy: number;
  readonly notTakenUpPrecision: number;
  readonly notTakenUpRecall: number;
  /** Recommendations the answers link (strong or partial) for which nothing was proposed. */
  readonly falseNoneFound: number;
  /** Recommendations the answers link (strong or partial). */
  readonly linkedItems: number;
  /** falseNoneFound / linkedItems. */
  readonly falseNoneFoundRate: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** `proposed` maps a recommendation id to the paragraph numbers proposed, best first. */
export function scoreTraces(gold: readonly GoldTraceItem[], proposed: ReadonlyMap<string, readonly number[]>): TraceScores {
  let strong = 0, strongHit = 0, count = 0, correct = 0, agree = 0, predictedNone = 0, goldNone = 0, bothNone = 0;
  for (const item of gold) {
    const links = proposed.get(recommendationId(item.symbol, item.paragraph, item.subparagraph)) ?? [];
    const top3 = links.slice(0, 3);
    const answer = new Set(item.links.map((l) => l.para));
    for (const link of item.links) if (link.strength === 'strong') { strong += 1; if (top3.includes(link.para)) strongHit += 1; }
    count += links.length;
    correct += links.filter((n) => answer.has(n)).length;
    const saysNone = links.length === 0;
    const isNone = answer.size === 0;
    if (saysNone === isNone) agree += 1;
    if (saysNone) predictedNone += 1;
    if (isNone) goldNone += 1;
    if (saysNone && isNone) bothNone += 1;
  }
  const linkedItems = gold.length - goldNone;
  const falseNoneFound = predictedNone - bothNone;
  return {
    items: gold.length,
    strongRecallAt3: ratio(strongHit, strong),
    linkPrecision: ratio(correct, count),
    proposed: count,
    notTakenUpAccuracy: ratio(agree, gold.length),
    notTakenUpPrecision: ratio(bothNone, predictedNone),
    notTakenUpRecall: ratio(bothNone, goldNone),
    falseNoneFound,
    linkedItems,
    falseNoneFoundRate: ratio(falseNoneFound, linkedItems),
  };
}

/** Share of the strong links found anywhere in a shortlist (the links, then the candidates a reviewer is shown). */
export function shortlistRecall(gold: readonly GoldTraceItem[], shortlists: ReadonlyMap<string, readonly number[]>): number {
  let strong = 0, found = 0;
  for (const item of gold) {
    const list = shortlists.get(recommendationId(item.symbol, item.paragraph, item.subparagraph)) ?? [];
    for (const link of item.links) if (link.strength === 'strong') { strong += 1; if (list.includes(link.para)) found += 1; }
  }
  return ratio(found, strong);
}
