// Assigns every recommendation one or more topics of the index sections that apply to it,
// each with a score, a low-confidence flag and the phrases of its text that justify it.
import { recommendationId } from '../model/citation.ts';
import type { Recommendation } from '../model/types.ts';
import { applicableSections, type ApplicableSections } from './applicable-sections.ts';
import { compileCodebook } from './compiled-codebook.ts';
import type { CompiledCodebook, CompiledTopic } from './compiled-codebook.ts';
import { spansOf, widen } from './evidence.ts';
import { exampleModel, learnedPhrases } from './example-model.ts';
import { resolveTexts } from './load-examples.ts';
import { phraseReliability } from './phrase-reliability.ts';
import { tokenize } from '../text/tokens.ts';
import type { Token } from '../text/tokens.ts';
import { scoreTopics } from './score-topics.ts';
import { topicClassifier, type TopicClassifier } from './topic-classifier.ts';
import type { TopicScore } from './score-topics.ts';
import type { Codebook, CodedExample, MappedRecommendation, Span, TopicAssignment } from './types.ts';

export interface MapOptions {
  readonly examples?: readonly CodedExample[];
}

/** When a further topic is assigned besides the best one. */
export const SELECTION = {
  /** A further topic of the recommendation's own section needs this score… */
  minimum: 0.4,
  /** …and this share of the best topic's score. */
  ratio: 0.6,
  /** …or key phrases this strong (0..1) with at least the minimum score. */
  strongPhrase: 0.9,
  /** A topic of a secondary section (section A for the main theme) needs more. */
  secondaryMinimum: 0.85,
  /** A topic without key phrases in the text is taken when its classifier is this sure. */
  learnedAlone: 0.5,
  /** Below this the best topic is flagged low confidence. */
  confident: 0.3,
  /** A topic of a second facet (groups of persons) is taken from this score, with key phrases; none is forced. */
  facetMinimum: 0.4,
};

const round = (x: number): number => Math.round(x * 1000) / 1000;

function evidenceFor(text: string, tokens: readonly Token[], scored: TopicScore, codebook: CompiledCodebook): Span[] {
  // A phrase whose words stand far apart is shown word by word, not as the stretch between them.
  const ranges = scored.matches.flatMap((m) =>
    m.last - m.first + 1 > m.phrase.keys.length + 3
      ? m.tokens.map((i) => widen(tokens, i, i))
      : [widen(tokens, m.first, m.last)],
  );
  const spans = spansOf(text, tokens, ranges);
  if (spans.length > 0) return spans;
  // No key phrase: the word of the text that tells most about the topic (else its most
  // telling noun), widened to its phrase.
  const telling = (t: Token): number =>
    (scored.topic.docKeys.has(t.key) ? 10 : 0) + (t.pos === 'NOUN' || t.pos === 'PROPN' ? 1 : 0) + codebook.weight(t.key) / 10;
  let best: Token | undefined;
  for (const token of tokens) {
    if (token.key === '' || token.stop) continue;
    if (best === undefined || telling(token) > telling(best)) best = token;
  }
  if (best === undefined) {
    const trimmed = text.trim();
    const start = text.indexOf(trimmed);
    return trimmed === '' ? [] : [{ start, end: start + Math.min(trimmed.length, 60), text: trimmed.slice(0, 60) }];
  }
  return spansOf(text, tokens, [widen(tokens, best.index, best.index)]);
}

function assignment(text: string, tokens: readonly Token[], s: TopicScore, low: boolean, codebook: CompiledCodebook): TopicAssignment {
  return {
    id: s.topic.topic.id,
    label: s.topic.topic.label,
    section: s.topic.section.id,
    ...(s.topic.section.facet === undefined ? {} : { facet: s.topic.section.facet }),
    score: round(s.score),
    lowConfidence: low,
    evidence: evidenceFor(text, tokens, s, codebook),
  };
}

function choose(primary: readonly TopicScore[], secondary: readonly TopicScore[]): { chosen: TopicScore[]; low: boolean } {
  const best = primary[0];
  if (best === undefined) return { chosen: [], low: true };
  const low = (best.matches.length === 0 && best.learned < SELECTION.learnedAlone) || best.score < SELECTION.confident;
  const floor = Math.max(SELECTION.minimum, SELECTION.ratio * best.score);
  const evidenced = (s: TopicScore): boolean => s.matches.length > 0 || s.learned >= SELECTION.learnedAlone;
  const more = primary
    .slice(1)
    .filter((s) => evidenced(s) && (s.score >= floor || (s.phrase >= SELECTION.strongPhrase && s.score >= SELECTION.minimum)));
  const extra = secondary.filter(
    (s) => s.matches.length > 0 && s.score >= Math.max(SELECTION.secondaryMinimum, SELECTION.ratio * best.score),
  );
  // A clear topic of a secondary section stands on its own: no weak guess from the primary one.
  if (low && extra.length > 0) return { chosen: [...more, ...extra], low: false };
  return { chosen: [best, ...more, ...extra], low };
}

/** Assigns every recommendation one or more topics, each with score and evidence. Deterministic. */
export function mapRecommendations(
  recommendations: readonly Recommendation[],
  codebook: Codebook,
  options: MapOptions = {},
): MappedRecommendation[] {
  const compiled = compileCodebook(codebook);
  const model = exampleModel(options.examples ?? [], recommendations);
  const examples = options.examples ?? [];
  const exampleId = (e: CodedExample): string => recommendationId(e.symbol, e.paragraph, e.subparagraph);
  const allLearned = learnedPhrases(examples);
  const reliable = resolveTexts(examples, recommendations).found.map((e) => ({ id: exampleId(e), text: e.text, topics: e.topics, alsoAcceptable: e.alsoAcceptable }));
  const allReliability = phraseReliability(compiled, reliable);
  let trained: TopicClassifier | undefined;
  const classifier = (): TopicClassifier => (trained ??= topicClassifier(compiled, reliable));
  // Looked up per recommendation, so sets: the examples may be a whole review's decisions.
  const withEvidence = new Set(examples.filter((e) => e.evidence !== undefined).map(exampleId));
  const reliableIds = new Set(reliable.map((e) => e.id));
  const exampleIds = new Set(examples.map(exampleId));
  const topicsOf = (rec: Recommendation, { primary, secondary }: ApplicableSections): TopicAssignment[] => {
    const tokens = tokenize(rec.text);
    const inSections = (ids: readonly { id: string }[]): CompiledTopic[] =>
      compiled.topics.filter((t) => ids.some((s) => s.id === t.section.id));
    const candidates = [...inSections(primary), ...inSections(secondary)];
    const keys = tokens.filter((t) => t.key !== '' && !t.stop).map((t) => t.key);
    const ids = new Set(candidates.map((t) => t.topic.id));
    // A recommendation never learns from its own coding: what it shows is what the method finds.
    const ownId = recommendationId(rec.symbol, rec.paragraph, rec.subparagraph);
    const votes = model.votes(keys, ids, ownId);
    const learned = withEvidence.has(ownId)
      ? learnedPhrases(examples.filter((e) => exampleId(e) !== ownId))
      : allLearned;
    const reliability = reliableIds.has(ownId) ? phraseReliability(compiled, reliable, ownId) : allReliability;
    // A coded recommendation is not classified by a model trained on it (nor retrained per recommendation): phrases and neighbours decide.
    const classified = reliable.length === 0 || reliableIds.has(ownId) ? new Map() : classifier().predict(rec.text);
    const scored = scoreTopics(tokens, candidates, compiled, votes, learned, reliability, classified);
    const primaryIds = new Set(primary.map((s) => s.id));
    const main = scored.filter((s) => s.topic.section.facet === undefined);
    const { chosen, low } = choose(
      main.filter((s) => primaryIds.has(s.topic.section.id)),
      main.filter((s) => !primaryIds.has(s.topic.section.id)),
    );
    // A second facet (groups of persons) is chosen on its own: what the text clearly names, or nothing.
    const faceted = scored.filter((s) => s.topic.section.facet !== undefined && (s.matches.length > 0 || s.learned >= SELECTION.learnedAlone) && s.score >= SELECTION.facetMinimum);
    return [...chosen.map((s, i) => assignment(rec.text, tokens, s, i === 0 ? low : false, compiled)), ...faceted.map((s) => assignment(rec.text, tokens, s, false, compiled))];
  };
  // Topics are a function of the text and the index sections that apply (and of the recommendation's
  // own coding, when it is itself an example): a recommendation repeated word for word in another
  // report, in a section that takes the same index sections, is scored once.
  const alike = new Map<string, TopicAssignment[]>();
  return recommendations.map((rec) => {
    const sections = applicableSections(rec.context, codebook);
    if (exampleIds.has(recommendationId(rec.symbol, rec.paragraph, rec.subparagraph))) return { ...rec, topics: topicsOf(rec, sections) };
    const key = [rec.text, ...[sections.primary, sections.secondary].map((list) => list.map((s) => s.id).join(' '))].join('\u0000');
    let topics = alike.get(key);
    if (topics === undefined) {
      topics = topicsOf(rec, sections);
      alike.set(key, topics);
    }
    return { ...rec, topics };
  });
}
