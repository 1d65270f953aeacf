// Map step: recommendations onto the codebook's topics, learning from coded examples; an
// example that names no recommendation given and has no text of its own is a warning.

import type { Codebook, CodedExample, MappedRecommendation } from '../mapping/types.ts';
import { mapRecommendations, resolveExamples } from '../mapping/index.ts';
import type { Recommendation } from '../model/types.ts';
import { runMessage, type Step } from './step.ts';

export function mapStep(recommendations: readonly Recommendation[], codebook: Codebook, examples: readonly CodedExample[] = []): Step<MappedRecommendation[]> {
  const { found, missing } = resolveExamples(examples, recommendations);
  const messages =
    missing === 0
      ? []
      : [runMessage('warning', 'map:example-unmatched', `${missing} of ${examples.length} examples name no recommendation of the files given and have no "text"; they are ignored`)];
  return { value: mapRecommendations(recommendations, codebook, found.length === 0 ? {} : { examples: found }), messages };
}
