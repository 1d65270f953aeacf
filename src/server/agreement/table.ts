// Agreement on topics: each topic is a binary decision per recommendation ("applies" or "does
// not apply"), so each (recommendation, topic) is a unit. Per topic, the statistics over the
// recommendations; overall, their mean over topics and the same statistics pooled over every
// (recommendation, topic) unit. Only topics some coder of the comparison applied somewhere are
// counted: a topic nobody chose would add a perfect, uninformative "does not apply" everywhere.
import { krippendorffAlpha } from './stats-alpha.ts';
import { cohenKappa } from './stats-kappa.ts';
import { percentAgreement } from './stats-percent.ts';
import { defined, undefinedBecause } from './stats-types.ts';
import type { Statistic, Unit } from './stats-types.ts';

/** Each coder's topics per recommendation; a recommendation a coder did not code is absent. */
export type CodingsByCoder = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

export interface Figures {
  readonly percent: Statistic;
  /** Two coders only; otherwise null with the reason. */
  readonly kappa: Statistic;
  readonly alpha: Statistic;
}

export interface TopicFigures extends Figures {
  readonly topic: string;
  /** How many recommendations each coder applied the topic to, in the order of `coders`. */
  readonly applied: readonly number[];
}

export interface AgreementTable {
  readonly coders: readonly string[];
  readonly recommendations: number;
  readonly topics: readonly TopicFigures[];
  /** The mean over topics of each defined per-topic figure (units = topics averaged). */
  readonly mean: Figures;
  /** Every (recommendation, topic) as one unit. */
  readonly pooled: Figures;
}

const APPLIES = 'applies';
const NOT = 'does not apply';

function figures(units: readonly Unit[], coders: number): Figures {
  return {
    percent: percentAgreement(units),
    kappa: coders === 2 ? cohenKappa(units) : undefinedBecause(`Cohen's kappa compares two coders, not ${coders}: see Krippendorff's alpha`, 0),
    alpha: krippendorffAlpha(units),
  };
}

function mean(values: readonly Statistic[]): Statistic {
  const known = values.map((s) => s.value).filter((v): v is number => v !== null);
  if (known.length === 0) return undefinedBecause(values.length === 0 ? 'no topic was applied by any coder' : 'undefined for every topic', 0);
  return defined(known.reduce((a, b) => a + b, 0) / known.length, known.length);
}

/**
 * The agreement of `coders` on `recIds`, topics in `topicOrder` (the codebook's) first.
 * @example agreementTable(['Ana', 'Ben'], recIds, codings, codebookTopicIds)
 */
export function agreementTable(coders: readonly string[], recIds: readonly string[], codings: CodingsByCoder, topicOrder: readonly string[]): AgreementTable {
  const sets = coders.map((coder) => {
    const mine = codings.get(coder);
    return recIds.map((rec) => {
      const topics = mine?.get(rec);
      return topics === undefined ? undefined : new Set(topics);
    });
  });
  const used = new Set<string>();
  for (const perRec of sets) for (const topics of perRec) for (const t of topics ?? []) used.add(t);
  const order = new Map(topicOrder.map((t, i) => [t, i]));
  const topics = [...used].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
  const pooledUnits: Unit[] = [];
  const perTopic = topics.map((topic): TopicFigures => {
    const units: Unit[] = recIds.map((_, r) => sets.map((perRec) => {
      const chosen = perRec[r];
      return chosen === undefined ? null : chosen.has(topic) ? APPLIES : NOT;
    }));
    for (const unit of units) pooledUnits.push(unit);
    const applied = sets.map((perRec) => perRec.filter((chosen) => chosen?.has(topic) === true).length);
    return { topic, applied, ...figures(units, coders.length) };
  });
  return {
    coders,
    recommendations: recIds.length,
    topics: perTopic,
    mean: {
      percent: mean(perTopic.map((t) => t.percent)),
      kappa: coders.length === 2 ? mean(perTopic.map((t) => t.kappa)) : figures([], coders.length).kappa,
      alpha: mean(perTopic.map((t) => t.alpha)),
    },
    pooled: figures(pooledUnits, coders.length),
  };
}
