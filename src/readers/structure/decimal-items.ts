// A line that starts "121.4": the next recommendation of paragraph 121 in a report that numbers
// them decimally (a UPR Working Group report). Its label keeps the point, ".4", so that its id
// and citation read "121.4".
import type { Block } from '../blocks.ts';
import type { Shape } from './classify.ts';
import type { WalkState } from './walk-state.ts';

type Decimal = Extract<Shape, { kind: 'decimal' }>;

/** Reads the line as the next item of its paragraph; false when it is not one (then it is read as text: "2.5 per cent of…"). */
export function readDecimalLine(walk: WalkState, shape: Decimal, block: Block): boolean {
  const { place } = block;
  const { paragraph } = walk;
  const name = `${shape.parent}.${shape.number}`;
  if (paragraph === undefined || paragraph.number !== shape.parent || paragraph.fromTable) {
    const under = paragraph?.number == null ? 'no numbered paragraph' : `para. ${paragraph.number}`;
    walk.note('info', 'unrecognised-numbering', `"${name}" opens a line under ${under}, not under para. ${shape.parent}; read as text, not as an item`, place);
    return false;
  }
  const last = paragraph.items.at(-1)?.label;
  const expected = last === undefined ? 1 : Number(last.slice(1)) + 1;
  if (shape.number !== expected) {
    walk.note('warning', 'item-sequence', `numbered item "${name}" out of sequence (expected "${shape.parent}.${expected}")`, place, { paragraph: shape.parent, subparagraph: `.${shape.number}` });
  }
  walk.item = { label: `.${shape.number}`, text: shape.rest, place };
  paragraph.items.push(walk.item);
  walk.nestedLast = undefined;
  walk.lastWasHeading = false;
  return true;
}

/**
 * Whether unlabelled text after a decimal item is more of it: a page break, a change of type
 * style or a second State's wording ("…(Ukraine); Increase efforts … (Slovakia);") all split an
 * item, and nothing but the next label or heading ends it.
 */
export function continuesDecimalItem(walk: WalkState, block: Block, endsSentence: (text: string) => boolean): boolean {
  const item = walk.item;
  if (walk.profile.recommendations.numbering !== 'decimal' || item === undefined || walk.lastWasHeading) return false;
  const heading = block.hint === 'heading' && !endsSentence(block.text) && endsSentence(item.text);
  return !heading;
}
