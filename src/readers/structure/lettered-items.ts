// A line that starts "(a)": the next item of the numbered paragraph, a nested item kept in
// its parent's text, an item out of sequence, or a label kept in the text before it.
import type { Block } from '../blocks.ts';
import type { Shape } from './classify.ts';
import { nextLetter } from './text.ts';
import { letteredItem } from './numbering.ts';
import type { WalkState } from './walk-state.ts';

type Lettered = Extract<Shape, { kind: 'lettered' }>;

export function readLetteredLine(walk: WalkState, shape: Lettered, block: Block): void {
  const { text, place } = block;
  const { paragraph, item } = walk;
  if (paragraph === undefined || paragraph.fromTable) {
    walk.note('warning', 'item-without-paragraph', `lettered item "(${shape.label})" has no numbered paragraph to belong to; kept as an unnumbered paragraph`, place);
    walk.newParagraph(null, text, place);
    return;
  }
  if (walk.inList) {
    walk.append(paragraph, text);
    return;
  }
  const last = paragraph.items[paragraph.items.length - 1]?.label;
  const expectedLetter = nextLetter(last);
  const decision = letteredItem(shape.label, last, walk.nestedLast, item !== undefined);
  if (decision === 'item') {
    walk.item = { label: shape.label, text: shape.rest, place };
    paragraph.items.push(walk.item);
    walk.nestedLast = undefined;
    walk.lastWasHeading = false;
    return;
  }
  if (decision === 'nested' && item !== undefined) {
    walk.append(item, text);
    walk.nestedLast = shape.label;
    return;
  }
  const where = paragraph.number === null ? {} : { paragraph: paragraph.number, subparagraph: shape.label };
  if (decision === 'out-of-sequence') {
    walk.note('warning', 'item-sequence', `lettered item "(${shape.label})" out of sequence (expected "(${expectedLetter})")`, place, where);
    walk.item = { label: shape.label, text: shape.rest, place };
    paragraph.items.push(walk.item);
    walk.lastWasHeading = false;
    return;
  }
  walk.note('info', 'unrecognised-numbering', `item label "(${shape.label})" not recognised; kept in the text before it`, place, where);
  walk.append(item ?? paragraph, text);
}
