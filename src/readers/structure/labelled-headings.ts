// Labelled headings: "Chapter I", "Resolution 1", "II." / "B." (roman and capital-letter
// sequences), known unlabelled headings ("Outcome of deliberations") and titled annexes.
import type { SourcePlace } from '../../model/types.ts';
import type { Shape } from './classify.ts';
import { roleFromTitle } from './classify.ts';
import { endsSentence, intToRoman, romanToInt } from './text.ts';
import { capitalHeading } from './numbering.ts';
import type { WalkState } from './walk-state.ts';

type HeadingShape = Extract<Shape, { kind: 'chapter' | 'resolution' | 'capital' | 'known-heading' | 'titled-annex' }>;

/** Opens the heading `shape` labels; false when the line is no heading after all (a resolution line that is a sentence). */
export function openLabelledHeading(walk: WalkState, shape: HeadingShape, text: string, place: SourcePlace): boolean {
  const { counters, tree } = walk;
  switch (shape.kind) {
    case 'chapter': {
      const heading = walk.openHeading({ rank: 1, labelled: true, label: `Chapter ${shape.numeral}`, title: shape.rest, role: 'chapter', place });
      counters.enterTopLevel(shape.numeral, romanToInt(shape.numeral));
      if (shape.rest === '') walk.pendingTitle = heading;
      return true;
    }
    case 'resolution': {
      if (shape.rest !== '' && endsSentence(shape.rest)) return false;
      const heading = walk.openHeading({ rank: 2, labelled: true, label: `Resolution ${shape.number}`, title: shape.rest, role: 'resolution', place });
      counters.enterResolution(shape.number);
      if (shape.rest === '') walk.pendingTitle = heading;
      return true;
    }
    case 'capital': {
      const decided = capitalHeading(shape.label, counters.romanLast, counters.letterLast);
      if (!decided.inSequence) {
        const after = decided.roman ? intToRoman(counters.romanLast) || 'none' : counters.letterLast?.toUpperCase() ?? 'none';
        walk.note('warning', 'heading-sequence', `heading "${shape.label}." does not continue the heading numbering (after ${after})`, place);
      }
      if (decided.roman) {
        walk.openHeading({ rank: 1, labelled: true, label: `${shape.label}.`, title: shape.rest, role: roleFromTitle(shape.rest, walk.profile), place });
        counters.enterTopLevel(shape.label, decided.value);
      } else {
        walk.openHeading({ rank: 2, labelled: true, label: `${shape.label}.`, title: shape.rest, role: roleFromTitle(shape.rest, walk.profile), place });
        counters.enterLetter(shape.label);
      }
      return true;
    }
    case 'known-heading': {
      const rank = shape.rank === 'top' ? 1 : tree.subRank();
      if (shape.rank === 'top') counters.enterAnnex(text);
      walk.openHeading({ rank, labelled: shape.rank === 'top', label: '', title: text, role: shape.role, place });
      return true;
    }
    case 'titled-annex': {
      counters.enterAnnex(shape.label);
      walk.openHeading({ rank: 1, labelled: true, label: '', title: shape.label, role: 'annex', place });
      walk.openHeading({ rank: tree.subRank(), labelled: false, label: '', title: shape.title, role: 'annex', place });
      return true;
    }
  }
}
