// Mapping: recommendations + codebook (+ coded examples) -> topics with evidence. (stub)
import type { Recommendation } from '../model/types.ts';
import type { Codebook, CodedExample, MappedRecommendation } from './types.ts';

export type * from './types.ts';

export interface MapOptions {
  readonly examples?: readonly CodedExample[];
}

/** Loads a shipped codebook by name ("crime-congress-14", the default) or a YAML file by path. */
export async function loadCodebook(_nameOrPath?: string): Promise<Codebook> {
  throw new Error('loadCodebook not implemented yet');
}

/** Reads coded examples (the shape of gold/topics.dev.json). */
export async function loadExamples(_path: string): Promise<CodedExample[]> {
  throw new Error('loadExamples not implemented yet');
}

/** Assigns every recommendation one or more topics, each with score and evidence. Deterministic. */
export function mapRecommendations(
  _recommendations: readonly Recommendation[],
  _codebook: Codebook,
  _options: MapOptions = {},
): MappedRecommendation[] {
  throw new Error('mapRecommendations not implemented yet');
}
