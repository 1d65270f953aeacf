// Tracing: every recommendation -> the outcome paragraphs that took it up, ranked, with
// strength, score and the matching phrases on both sides; plus the reverse view and coverage.
import type { ConcordDocument } from '../model/types.ts';
import type { Codebook, MappedRecommendation } from '../mapping/types.ts';
import type { Outcome, Trace, TraceCandidate, TraceLink } from './types.ts';
import { findAbbreviations, resolveAcronyms } from './abbreviations.ts';
import { analyse, words, type Concept, type Term } from './analyse.ts';
import { asks, type Span } from './asks.ts';
import { conceptsOf } from './concepts.ts';
import { coverage, reverseLinks } from './coverage.ts';
import { evidenceFor } from './evidence.ts';
import { chooseLinks, statusOf, type Candidate } from './links.ts';
import { selectOutcome } from './outcome-document.ts';
import { outcomeTopics, type ParagraphTopics } from './outcome-topics.ts';
import { PARAMS } from './params.ts';
import { precedents, type CodedTrace, type Precedent } from './precedents.ts';
import { indexOutcome, scoreAgainst, type Match } from './similarity.ts';
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
  paragraphs: readonly { number: number; citation: string; headings: readonly string[] }[],
): TraceCandidate[] {
  const linked = new Set(links.map((l) => l.paragraph));
  return [...scored]
    .filter((c) => c.score >= PARAMS.candidateFloor)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .flatMap((c) => {
      const paragraph = paragraphs[c.index];
      if (paragraph === undefined || linked.has(paragraph.number)) return [];
      return [{ paragraph: paragraph.number, citation: paragraph.citation, score: round(c.score), headings: paragraph.headings }];
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
function precedentOf(scored: ScoredParagraph | undefined): Pick<TraceLink, 'precedent'> {
  const precedent = scored?.precedent;
  return precedent === undefined ? {} : { precedent: { citation: precedent.citation, similarity: round(precedent.similarity) } };
}

/** Fewer matching words than this and a piece of a recommendation is too thin to be an ask of its own. */
const ASK_MIN_WORDS = 3;

/**
 * For a recommendation of several asks, the paragraph that best carries each ask on that ask's own
 * terms, when it carries it well enough (PARAMS.askScore); none for a recommendation of one ask.
 */
function askHomes(spans: readonly Span[], terms: readonly Term[], index: ReturnType<typeof indexOutcome>): number[] {
  if (spans.length < 2) return [];
  return spans.flatMap((span) => {
    const own = terms.filter((t) => t.start >= span.start && t.end <= span.end);
    if (own.filter((t) => t.kind === 'word').length < ASK_MIN_WORDS) return [];
    const ranked = index.paragraphs
      .map((paragraph, i) => ({ i, score: combine(scoreAgainst(own, index, paragraph), 0, 0) }))
      .sort((a, b) => b.score - a.score || a.i - b.i);
    const best = ranked[0];
    return best !== undefined && best.score >= PARAMS.askScore ? [best.i] : [];
  });
}

/** A paragraph as link selection sees it, with the terms that matched (for the evidence). */
export interface ScoredParagraph extends Candidate {
  readonly matches: readonly Match[];
  /** The coded recommendation, like this one, that was linked to the paragraph (when examples were given). */
  readonly precedent?: Precedent;
}

/** What scoring sees: the outcome's paragraphs, their index, and every recommendation's scores over them. */
export interface Scoring {
  readonly selection: ReturnType<typeof selectOutcome>;
  readonly index: ReturnType<typeof indexOutcome>;
  readonly queries: ReadonlyMap<string, ReturnType<typeof analyse>>;
  /** Keyed by recommendation id: its asks, as spans of its text. */
  readonly asks: ReadonlyMap<string, readonly Span[]>;
  /** Codebook topics of each outcome paragraph, in document order (empty when nothing is mapped). */
  readonly topics: readonly ParagraphTopics[];
  /** Keyed by recommendation id; one entry per outcome paragraph, in document order. */
  readonly scores: ReadonlyMap<string, readonly ScoredParagraph[]>;
}

/** Scores every recommendation against every paragraph of the outcome document (before links are chosen). */
export function scoreRecommendations(
  recommendations: readonly MappedRecommendation[],
  outcomeDocument: ConcordDocument,
  codebook: Codebook,
  options: TraceOptions = {},
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
  // Each recommendation is read once (wink-nlp) for both its terms and its asks.
  const read = recommendations.map((r) => ({ r, list: words(r.text) }));
  const queries = new Map(read.map(({ r, list }) => [r.id, analyse(r.text, vocabulary, list)]));
  const spans = new Map(read.map(({ r, list }) => [r.id, asks(r.text, list)]));
  const index = indexOutcome(selection.paragraphs, vocabulary);
  const topics: readonly ParagraphTopics[] = recommendations.some((r) => r.topics.length > 0) ? outcomeTopics(selection, codebook) : [];
  const similarity = topicSimilarity(codebook);
  const structure = structurePrior(selection.paragraphs);
  const general = selection.paragraphs.map((p) => themes(p.headings).length === 0);
  const precedented = precedents(recommendations, options.examples ?? [], vocabulary);
  const scores = new Map<string, ScoredParagraph[]>();
  for (const recommendation of recommendations) {
    const terms = queries.get(recommendation.id) ?? [];
    const prior = structure.prior(recommendation.context.title);
    const ids = recommendation.topics.map((t) => t.id);
    const alike = precedented.get(recommendation.id);
    scores.set(
      recommendation.id,
      index.paragraphs.map((paragraph, i) => {
        const lexical = scoreAgainst(terms, index, paragraph);
        const precedent = alike?.get(selection.paragraphs[i]?.number ?? -1);
        const score = combine(lexical, topicOverlap(ids, topics[i]?.ids ?? [], similarity), prior[i] ?? 0, precedent?.weight);
        return { index: i, score, general: general[i] ?? false, matches: lexical.matches, ...(precedent === undefined ? {} : { precedent }) };
      }),
    );
  }
  return { selection, index, queries, asks: spans, topics, scores };
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
  const { selection, index, queries, asks: spans, topics, scores } = scoreRecommendations(recommendations, outcomeDocument, codebook, options);
  const traces = new Map<string, Trace>();
  for (const recommendation of recommendations) {
    const terms = queries.get(recommendation.id) ?? [];
    const scored = scores.get(recommendation.id) ?? [];
    const links: TraceLink[] = chooseLinks(scored, askHomes(spans.get(recommendation.id) ?? [], terms, index)).map((chosen) => {
      const paragraph = selection.paragraphs[chosen.index];
      const indexed = index.paragraphs[chosen.index];
      if (paragraph === undefined || indexed === undefined) throw new Error('tracing: candidate outside the outcome');
      return {
        paragraph: paragraph.number,
        citation: paragraph.citation,
        strength: chosen.strength,
        score: round(chosen.score),
        headings: paragraph.headings,
        evidence: evidenceFor(scored[chosen.index]?.matches ?? [], { text: recommendation.text, terms }, { text: paragraph.text, terms: indexed.terms }),
        ...precedentOf(scored[chosen.index]),
      };
    });
    traces.set(recommendation.id, { status: statusOf(links), links, candidates: candidatesAfter(scored, links, selection.paragraphs) });
  }
  const reverse = reverseLinks(recommendations, traces);
  const outcome: Outcome = {
    symbol: selection.symbol,
    title: selection.title,
    source: selection.source,
    preamble: selection.preamble,
    paragraphs: selection.paragraphs.map((p, i) => ({ ...p, topics: topics[i]?.ids ?? [], reverse: reverse.get(p.number) ?? [] })),
    coverage: coverage(recommendations, traces),
  };
  return { traces, outcome };
}
