// The few general parameters of the alignment, tuned on the development split only as a
// whole (never per item), by a coarse grid (see the report of eval/tracing.ts). Scores are
// 0..1: mostly the share of a recommendation's rarity-weighted terms that a paragraph carries
// and of the paragraph's terms the recommendation carries, plus small topic and structure priors.
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
  /** A thesaurus concept (codebooks/thesaurus/concepts.yaml) in both texts counts this many times a word. */
  conceptWeight: 2,
  // --- Combination (tuned by grid on the dev split) ---
  /** Share of the lexical score given to the paragraph side (how much of the paragraph the recommendation covers). */
  coverageShare: 0.4,
  /** Added in proportion to how close the recommendation's mapped topics are to the paragraph's (any index section). */
  topicOverlapWeight: 0.05,
  /** Added in proportion to how clearly the recommendation's section title points at the paragraph's part. */
  structureWeight: 0.05,
  /**
   * Coded traces given as examples: a paragraph that the closest coded recommendations (at most
   * precedentNeighbours, each at least precedentSimilarity alike) were linked to gains up to this much.
   */
  precedentWeight: 0.3,
  precedentSimilarity: 0.15,
  precedentNeighbours: 3,
  // --- Selection ---
  /** Links are proposed from this score. */
  minScore: 0.2,
  /**
   * Below minScore, the best paragraph is still proposed alone, as a partial link, from this score:
   * "no corresponding paragraph identified" in a circulated annex, for a recommendation the
   * declaration does take up, is the error that hurts most (chosen on the dev split, eval/tracing.ts).
   * Below it the recommendation is "not-taken-up" (worded "no corresponding paragraph identified").
   */
  fallbackScore: 0.15,
  /** Further links must reach this share of the best link's score. */
  relative: 0.9,
  /**
   * The best paragraph of the other kind (a general commitment without a thematic heading when the
   * best link is thematic, or the reverse) is also proposed from this share of the best score.
   */
  otherKindRelative: 0.6,
  maxLinks: 3,
  /**
   * A recommendation with several asks: the paragraph that best carries one of them (its own
   * score, from this value) is also proposed, when the whole recommendation scores it from
   * askRelative of its best.
   */
  askScore: 0.3,
  askRelative: 0.5,
  /** Paragraphs ranked after the links, offered to a reviewer as a shortlist, with at least this score. */
  maxCandidates: 7,
  /** Of which preambular paragraphs, at most (the preamble is a few broad paragraphs that resemble many recommendations). */
  maxPreambleCandidates: 1,
  candidateFloor: 0.1,
  /** A link is strong from this score, when it is also close to the best. */
  strongScore: 0.25,
  strongRelative: 0.9,
} as const;
