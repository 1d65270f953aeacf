// Mapping: recommendations + codebook (+ coded examples) -> topics with evidence.
export type * from './types.ts';
export { mapRecommendations } from './map-recommendations.ts';
export type { MapOptions } from './map-recommendations.ts';
export { applicableSections } from './applicable-sections.ts';
export { DEFAULT_CODEBOOK, loadCodebook, shippedCodebooks } from './load-codebook.ts';
export { loadExamples, loadExamplesSync, readExampleItems, readExamples, resolveExamples, topicExamples } from './load-examples.ts';
