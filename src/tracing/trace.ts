// Tracing: every recommendation -> the outcome paragraphs that took it up, ranked, with
// strength, score and the matching phrases on both sides; plus the reverse view and coverage.
import type { ConcordDocument } from '../model/types.ts';
import type { Codebook, MappedRecommendation } from '../mapping/types.ts';
import type { LinkStrength, Outcome, Trace, TraceCandidate, TraceLink } from './types.ts';
import { findAbbreviations, resolveAcronyms } from './abbreviations.ts';
import { analyse, type Concept, type Term, type Vocabulary } from './analyse.ts';
import { words } from '../text/words.ts';
import { asks, type Span } from './asks.ts';
import { conceptsOf } from './concepts.ts';
import { coverage, reverseLinks } from './coverage.ts';
import { evidenceFor } from './evidence.ts';
import { chooseLinks, statusOf, type Candidate } from './links.ts';
import { selectOutcome, type OutcomeText } from './outcome-document.ts';
import { outcomeTopics, type ParagraphTopics } from './outcome-topics.ts';
import { isPreamble, paragraphKey, partField } from './paragraph-key.ts';
import { PARAMS } from './params.ts';
import { precedents, type CodedTrace, type Precedent } from './precedents.ts';
import { indexOutcome, scoreAgainst, scoreAll, type OutcomeIndex } from './similarity.ts';
import { structurePrior } from './structure.ts';
import { themes } from './themes.ts';
import { shippedThesaurus } from './thesaurus.ts';
import { topicOverlap, topicSimilarity } from './topic-similarity.ts';

export interface TraceOptions {
  /** Symbol of the outcome document when it does not say it (--outcome-symbol); wins over the document's. */
  readonly outcomeSymbol?: string;
  /** Domain thesaurus concepts (default: codebooks/thesaurus/concepts.yaml; [] for none). */
  readonly thesaurus?: readonly Concept[];
  /** Recommendations an analyst has already linked (e.g. another region's): precedents for the rest. */
  readonly examples?: readonly CodedTrace[];
  /** Told of each trace as it is made (`concord build` begins Annex C of its Word file meanwhile). */
  readonly listener?: TraceListener;
}

/** Sees the tracing as it goes: the outcome's paragraphs once they are selected, then each recommendation's trace. */
export interface TraceListener {
  readonly selected?: (paragraphs: readonly OutcomeText[]) => void;
  readonly traced: (recommendationId: string, trace: Trace) => void;
}

export interface TraceResult {
  /** Keyed by recommendation id. */
  readonly traces: ReadonlyMap<string, Trace>;
  readonly outcome: Outcome;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** The best-scored paragraphs not linked: a reviewer's shortlist when the links miss the main ask. */
function candidatesAfter(
  scored: readonly ScoredParagraph[],
  links: readonly TraceLink[],
  paragraphs: readonly OutcomeText[],
): TraceCandidate[] {
  const linked = new Set(links.map(paragraphKey));
  // A preamble's few broad paragraphs resemble many recommendations: one place at most on the
  // shortlist, so that it stays mostly the commitments where a recommendation is taken up.
  let preambular = 0;
  return [...scored]
    .filter((c) => c.score >= PARAMS.candidateFloor)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .flatMap((c) => {
      const paragraph = paragraphs[c.index];
      if (paragraph === undefined || linked.has(paragraphKey({ paragraph: paragraph.number, ...partField(paragraph) }))) return [];
      if (isPreamble(paragraph) && (preambular += 1) > PARAMS.maxPreambleCandidates) return [];
      return [{ paragraph: paragraph.number, ...partField(paragraph), citation: paragraph.citation, score: round(c.score), headings: paragraph.headings }];
    })
    .slice(0, PARAMS.maxCandidates);
}

/**
 * One recommendation against one paragraph: the lexical match both ways, then small priors for
 * shared topics (by label, across index sections) and for the part its section title points at.
 */
function combine(lexical: { score: number; coverage: number }, topics: number, structure: number, precedent = 0): number {
  const text = (1 - PARAMS.coverageShare) * lexical.score + PARAMS.coverageShare * lexical.coverage;
  if (lexical.score === 0) return 0;
  return Math.min(1, text + PARAMS.topicOverlapWeight * topics + PARAMS.structureWeight * structure + PARAMS.precedentWeight * precedent);
}

/** The link's precedent as the contract shows it. */
function precedentOf(scored: ScoredParagraph): Pick<TraceLink, 'precedent'> {
  const precedent = scored.precedent;
  return precedent === undefined ? {} : { precedent: { citation: precedent.citation, similarity: round(precedent.similarity) } };
}

/** Fewer matching words than this and a piece of a recommendation is too thin to be an ask of its own. */
const ASK_MIN_WORDS = 3;

/**
 * For a recommendation of several asks, the paragraph that best carries each ask on that ask's own
 * terms, when it carries it well enough (PARAMS.askScore); none for a recommendation of one ask.
 */
function askHomes(spans: readonly Span[], terms: readonly Term[], index: OutcomeIndex): number[] {
  if (spans.length < 2) return [];
  return spans.flatMap((span) => {
    const own = terms.filter((t) => t.start >= span.start && t.end <= span.end);
    if (own.filter((t) => t.kind === 'word').length < ASK_MIN_WORDS) return [];
    const lexical = scoreAll(own, index);
    // The first best paragraph in document order, as a stable sort of the scores would rank it.
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < index.paragraphs.length; i += 1) {
      const score = combine({ score: lexical.score[i] ?? 0, coverage: lexical.coverage[i] ?? 0 }, 0, 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best >= 0 && bestScore >= PARAMS.askScore ? [best] : [];
  });
}

/**
 * The best preambular paragraph, as a link before the operative ones, where it beats every operative
 * paragraph and reaches the link bar (or, below it, alone as the fallback partial link): the declaration's commitments are where
 * a recommendation is taken up, and its preamble where it is recalled ("Recalling the Doha Declaration…").
 * The operative links are chosen as if the preamble were not there.
 */
function withPreamble<C extends ScoredParagraph>(
  preamble: readonly ScoredParagraph[],
  operative: readonly ScoredParagraph[],
  links: readonly (C & { strength: LinkStrength })[],
): (ScoredParagraph & { strength: LinkStrength })[] {
  let best: ScoredParagraph | undefined;
  for (const c of preamble) if (best === undefined || c.score > best.score) best = c;
  if (best === undefined || best.score < PARAMS.fallbackScore) return [...links];
  for (const c of operative) if (c.score >= best.score) return [...links];
  // Below the link bar the best paragraph is proposed alone, as partial, wherever it stands.
  if (best.score < PARAMS.minScore) return [{ ...best, strength: 'partial' }];
  return [{ ...best, strength: best.score >= PARAMS.strongScore ? 'strong' : 'partial' }, ...links];
}

/** A paragraph as link selection sees it, with the precedent behind its score (when examples were given). */
export interface ScoredParagraph extends Candidate {
  /** The coded recommendation, like this one, that was linked to the paragraph (when examples were given). */
  readonly precedent?: Precedent;
}

/** What scoring a recommendation needs, prepared once per outcome: the paragraphs, their index and priors. */
interface Scoring {
  readonly selection: ReturnType<typeof selectOutcome>;
  readonly index: OutcomeIndex;
  /** The operative paragraphs, then the preambular ones: what a candidate's `index` counts in. */
  readonly all: readonly OutcomeText[];
  /** The preamble, weighed by the operative index's rarities (its paragraphs follow the operative ones in `all`). */
  readonly preambleIndex: OutcomeIndex;
  /** Codebook topics of each preambular paragraph (empty when nothing is mapped). */
  readonly preambleTopics: readonly ParagraphTopics[];
  readonly vocabulary: Vocabulary;
  /** Codebook topics of each outcome paragraph, in document order (empty when nothing is mapped). */
  readonly topics: readonly ParagraphTopics[];
  readonly structure: ReturnType<typeof structurePrior>;
  readonly general: readonly boolean[];
  readonly precedented: ReturnType<typeof precedents>;
  /** The topic prior of every paragraph, per set of recommendation topics (few distinct sets). */
  readonly overlaps: (ids: readonly string[]) => readonly number[];
  readonly similarity: ReturnType<typeof topicSimilarity>;
}

function prepareScoring(
  recommendations: readonly MappedRecommendation[],
  outcomeDocument: ConcordDocument,
  codebook: Codebook,
  options: TraceOptions,
): Scoring {
  const selection = selectOutcome(outcomeDocument, options.outcomeSymbol);
  const allTexts = [
    ...outcomeDocument.paragraphs.flatMap((p) => [p.text, ...p.items.map((i) => i.text)]),
    ...recommendations.flatMap((r) => [r.leadIn, r.text]),
  ];
  const defined = findAbbreviations(allTexts);
  const known = new Set(defined.map((a) => a.short));
  const abbreviations = [
    ...defined,
    ...resolveAcronyms(recommendations.map((r) => r.text), selection.paragraphs.map((p) => p.text)).filter((a) => !known.has(a.short)),
  ];
  const vocabulary = { abbreviations, concepts: [...conceptsOf(codebook), ...(options.thesaurus ?? shippedThesaurus())] };
  const topics: readonly ParagraphTopics[] = recommendations.some((r) => r.topics.length > 0) ? outcomeTopics(selection, codebook) : [];
  const similarity = topicSimilarity(codebook);
  const overlapCache = new Map<string, readonly number[]>();
  const overlaps = (ids: readonly string[]): readonly number[] => {
    const key = ids.join('\n');
    let known = overlapCache.get(key);
    if (known === undefined) {
      known = selection.paragraphs.map((_, i) => topicOverlap(ids, topics[i]?.ids ?? [], similarity));
      overlapCache.set(key, known);
    }
    return known;
  };
  const index = indexOutcome(selection.paragraphs, vocabulary);
  const mapped = recommendations.some((r) => r.topics.length > 0);
  return {
    selection,
    index,
    all: [...selection.paragraphs, ...selection.preambular],
    preambleIndex: indexOutcome(selection.preambular, vocabulary, index),
    preambleTopics: mapped && selection.preambular.length > 0 ? outcomeTopics({ symbol: selection.symbol, paragraphs: selection.preambular }, codebook) : [],
    vocabulary,
    topics,
    structure: structurePrior(selection.paragraphs),
    general: selection.paragraphs.map((p) => themes(p.headings).length === 0),
    precedented: precedents(recommendations, options.examples ?? [], vocabulary),
    overlaps,
    similarity,
  };
}

/**
 * One recommendation traced: scored against every paragraph through the index, its links chosen,
 * and the evidence worked out for the links alone. Nothing per paragraph outlives the call.
 */
function traceOne(recommendation: MappedRecommendation, scoring: Scoring): Trace {
  const { selection, index } = scoring;
  // The recommendation is read once (wink-nlp) for both its terms and its asks.
  const list = words(recommendation.text);
  const terms = analyse(recommendation.text, scoring.vocabulary, list);
  const lexical = scoreAll(terms, index);
  const prior = scoring.structure.prior(recommendation.context.title);
  const ids = recommendation.topics.map((t) => t.id);
  const overlap = scoring.overlaps(ids);
  const alike = scoring.precedented.get(recommendation.id);
  // Paragraphs that share no term score 0 and can be neither a link nor a candidate: left out.
  const scored: ScoredParagraph[] = [];
  selection.paragraphs.forEach((paragraph, i) => {
    if ((lexical.score[i] ?? 0) === 0) return;
    const precedent = alike?.get(paragraph.number);
    const score = combine({ score: lexical.score[i] ?? 0, coverage: lexical.coverage[i] ?? 0 }, overlap[i] ?? 0, prior[i] ?? 0, precedent?.weight);
    scored.push({ index: i, score, general: scoring.general[i] ?? false, ...(precedent === undefined ? {} : { precedent }) });
  });
  // The preamble, by the same scorer (it stands under no part the section title could point at).
  const preambleLexical = scoreAll(terms, scoring.preambleIndex);
  const preamble: ScoredParagraph[] = [];
  const similarity = scoring.similarity;
  const recommendationWords = new Set(terms.filter((t) => t.kind === 'word').map((t) => t.key));
  selection.preambular.forEach((_, j) => {
    if ((preambleLexical.score[j] ?? 0) === 0) return;
    // A word the operative part never uses weighs as the rarest there: one shared name alone
    // ("declaration") is not a preambular paragraph recalling the recommendation.
    const own = scoring.preambleIndex.paragraphs[j]?.own;
    let shared = 0;
    for (const key of recommendationWords) if (own?.has(key) === true) shared += 1;
    if (shared < ASK_MIN_WORDS) return;
    const topics = topicOverlap(ids, scoring.preambleTopics[j]?.ids ?? [], similarity);
    const score = combine({ score: preambleLexical.score[j] ?? 0, coverage: preambleLexical.coverage[j] ?? 0 }, topics, 0);
    preamble.push({ index: selection.paragraphs.length + j, score, general: true });
  });
  const operative = chooseLinks(scored, askHomes(asks(recommendation.text, list), terms, index));
  const links: TraceLink[] = withPreamble(preamble, scored, operative).map((chosen) => {
    const paragraph = scoring.all[chosen.index];
    const inPreamble = chosen.index >= selection.paragraphs.length;
    const within = inPreamble ? scoring.preambleIndex : index;
    const indexed = within.paragraphs[inPreamble ? chosen.index - selection.paragraphs.length : chosen.index];
    if (paragraph === undefined || indexed === undefined) throw new Error('tracing: candidate outside the outcome');
    return {
      paragraph: paragraph.number,
      ...partField(paragraph),
      citation: paragraph.citation,
      strength: chosen.strength,
      score: round(chosen.score),
      headings: paragraph.headings,
      evidence: evidenceFor(scoreAgainst(terms, within, indexed).matches, { text: recommendation.text, terms }, { text: paragraph.text, terms: indexed.terms }),
      ...precedentOf(chosen),
    };
  });
  return { status: statusOf(links), links, candidates: candidatesAfter([...scored, ...preamble], links, scoring.all) };
}

/**
 * Traces every recommendation into the outcome document (e.g. the Kyoto Declaration in the congress report).
 * @example traceRecommendations(mapped, congressReport, codebook).traces.get('A/CONF.234/RPM.5/1#28g')?.links[0]?.paragraph // 22
 */
export function traceRecommendations(
  recommendations: readonly MappedRecommendation[],
  outcomeDocument: ConcordDocument,
  codebook: Codebook,
  options: TraceOptions = {},
): TraceResult {
  const scoring = prepareScoring(recommendations, outcomeDocument, codebook, options);
  const { selection, topics } = scoring;
  const listener = options.listener;
  listener?.selected?.(scoring.all);
  const traces = new Map<string, Trace>();
  // A trace is a function of the text, its section title and its topics (and of its precedents, when it has
  // some): a recommendation repeated word for word in another report, under the same heading, is traced once.
  const alike = new Map<string, Trace>();
  for (const recommendation of recommendations) {
    let trace: Trace | undefined;
    if (scoring.precedented.has(recommendation.id)) {
      trace = traceOne(recommendation, scoring);
    } else {
      const key = [recommendation.text, recommendation.context.title, ...recommendation.topics.map((t) => t.id)].join('\u0000');
      trace = alike.get(key);
      if (trace === undefined) {
        trace = traceOne(recommendation, scoring);
        alike.set(key, trace);
      }
    }
    traces.set(recommendation.id, trace);
    listener?.traced(recommendation.id, trace);
  }
  const reverse = reverseLinks(recommendations, traces);
  const preambleTopics = scoring.preambleTopics;
  const outcome: Outcome = {
    symbol: selection.symbol,
    title: selection.title,
    source: selection.source,
    preamble: selection.preamble,
    paragraphs: [
      ...selection.preambular.map((p, j) => ({ ...p, topics: preambleTopics[j]?.ids ?? [], reverse: reverse.get(paragraphKey({ paragraph: p.number, ...partField(p) })) ?? [] })),
      ...selection.paragraphs.map((p, i) => ({ ...p, topics: topics[i]?.ids ?? [], reverse: reverse.get(p.number) ?? [] })),
    ],
    coverage: coverage(recommendations, traces),
  };
  return { traces, outcome };
}
