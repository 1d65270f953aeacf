// The few general parameters of the alignment, tuned on the development split only as a
// whole (never per item). Scores are 0..1: roughly the share of a recommendation's
// rarity-weighted terms that a paragraph carries, plus a bonus for shared topics.
export const PARAMS = {
  /** BM25 term-frequency saturation and length normalisation. */
  k1: 1.2,
  b: 0.5,
  /** A two-word phrase match counts this many times a single word. */
  phraseWeight: 1.5,
  /** Another form of a word (same stem, other lemma: "victimization" for "victim") adds this much. */
  stemWeight: 0.5,
  /** Words of the paragraph's thematic heading count this much of a word in its text. */
  headingWeight: 1,
  /** A codebook topic whose key phrases occur in both texts counts this many times a word. */
  topicWeight: 1,
  /** Added when the recommendation's mapped topics are among the paragraph's mapped topics. */
  mappedTopicBonus: 0.05,
  /** No link below this score: the recommendation is "not taken up". */
  minScore: 0.14,
  /** Further links must reach this share of the best link's score. */
  relative: 0.9,
  maxLinks: 3,
  /** A link is strong from this score, when it is also close to the best. */
  strongScore: 0.25,
  strongRelative: 0.9,
} as const;
