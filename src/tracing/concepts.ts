// The codebook as a vocabulary of concepts: a topic occurs in a text where one of its key
// phrases does, so "alternatives to incarceration" and "non-custodial measures" meet.
import type { Codebook } from '../mapping/types.ts';
import { phraseStems, type Concept } from './analyse.ts';

const compiled = new WeakMap<Codebook, Concept[]>();

/** The codebook's topics as concepts (built once per codebook, shared by every trace of the process). */
export function conceptsOf(codebook: Codebook): readonly Concept[] {
  let concepts = compiled.get(codebook);
  if (concepts === undefined) {
    concepts = codebook.sections.flatMap((section) =>
      section.topics.map((topic) => ({
        id: topic.id,
        phrases: topic.phrases.map(phraseStems).filter((stems) => stems.length > 0),
      })),
    );
    compiled.set(codebook, concepts);
  }
  return concepts;
}
