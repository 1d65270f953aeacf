// The codebook as a vocabulary of concepts: a topic occurs in a text where one of its key
// phrases does, so "alternatives to incarceration" and "non-custodial measures" meet.
import type { Codebook } from '../mapping/types.ts';
import { phraseStems, type Concept } from './analyse.ts';

export function conceptsOf(codebook: Codebook): Concept[] {
  return codebook.sections.flatMap((section) =>
    section.topics.map((topic) => ({
      id: topic.id,
      phrases: topic.phrases.map(phraseStems).filter((stems) => stems.length > 0),
    })),
  );
}
