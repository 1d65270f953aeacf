// A line that starts "N.": the next numbered paragraph, a numbered heading, a gap in the
// numbering, or a numbered list (an agenda) kept in the paragraph before it.
import type { Block } from '../blocks.ts';
import type { Message } from '../../model/types.ts';
import type { Shape } from './classify.ts';
import type { ItemDraft, ParagraphDraft } from './drafts.ts';
import { endsSentence, startsUppercase } from './text.ts';
import type { WalkState } from './walk-state.ts';

type Numbered = Extract<Shape, { kind: 'numbered' }>;

export function readNumberedLine(walk: WalkState, shape: Numbered, block: Block, target: ParagraphDraft | ItemDraft | undefined): void {
  const { counters, tree } = walk;
  const { text, place } = block;
  const expected = counters.expected(shape.number, (label) => {
    walk.note('info', 'annex-numbering', `paragraph numbering starts again at 1 in "${label}"; these paragraphs are cited as "para. N" without naming the annex`, place, { paragraph: 1 });
  });
  const headingShape = !endsSentence(shape.rest) && startsUppercase(shape.rest);
  if (shape.number === expected) {
    walk.newParagraph(shape.number, shape.rest, place);
    counters.advance(shape.number);
    return;
  }
  if ((headingShape || block.hint === 'heading') && shape.number === counters.numberedHeadingLast + 1) {
    const parentRole = tree.roleOfParentAt(3);
    const heading = walk.openHeading({ rank: 3, labelled: true, label: `${shape.number}.`, title: shape.rest, role: 'other', place });
    heading.role = heading.agendaItems.length > 0 || heading.workshops.length > 0 || parentRole === 'substantive-items' ? 'cluster' : parentRole === 'resolution' || parentRole === 'chapter' ? 'resolution' : 'other';
    counters.numberedHeadingLast = shape.number;
    return;
  }
  if (shape.number > expected && shape.number <= expected + 10 && !(headingShape && text.length < 60)) {
    walk.note('warning', 'paragraph-gap', `paragraph numbering jumps from ${expected - 1} to ${shape.number}`, place, { paragraph: shape.number });
    walk.newParagraph(shape.number, shape.rest, place);
    counters.advance(shape.number);
    return;
  }
  if (target !== undefined) {
    const { messages, listRun, paragraph } = walk;
    const previous = messages[messages.length - 1];
    const run = listRun !== undefined && listRun.owner === paragraph && previous === listRun.message;
    const first = run ? listRun?.first ?? shape.number : shape.number;
    const reason = `numbered ${first === shape.number ? `line "${first}."` : `lines "${first}."–"${shape.number}."`} ${first === shape.number ? 'does' : 'do'} not continue the paragraph numbering (expected ${expected}); kept in the text of the paragraph before ${first === shape.number ? 'it' : 'them'}`;
    if (run) messages.pop();
    walk.note('info', 'unrecognised-numbering', reason, run ? listRun?.message.place ?? place : place, paragraph?.number == null ? {} : { paragraph: paragraph.number });
    walk.listRun = { owner: paragraph, first, message: messages[messages.length - 1] as Message };
    walk.append(paragraph ?? target, text);
    walk.item = undefined;
    walk.inList = paragraph !== undefined;
    return;
  }
  walk.note('warning', 'unrecognised-numbering', `numbered line "${shape.number}." fits neither the paragraph numbering (expected ${expected}) nor the heading numbering; kept as an unnumbered paragraph`, place);
  walk.newParagraph(null, text, place);
}
