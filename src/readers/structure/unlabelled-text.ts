// Text with no label: a continuation of the paragraph or item a page break split, an
// unlabelled heading, or an unnumbered paragraph.
import type { Block } from '../blocks.ts';
import type { ItemDraft, ParagraphDraft } from './drafts.ts';
import { endsClause, endsSentence, startsLowercase } from './text.ts';
import { followedByStructure, isHeadingCandidate } from './heading-candidates.ts';
import type { WalkState } from './walk-state.ts';
import { continuesDecimalItem } from './decimal-items.ts';

export function readUnlabelledText(walk: WalkState, body: readonly Block[], index: number, target: ParagraphDraft | ItemDraft | undefined): void {
  const block = body[index] as Block;
  const { text, place } = block;
  const { counters, tree } = walk;
  const next = body[index + 1];
  if (walk.item !== undefined && continuesDecimalItem(walk, block, endsSentence)) {
    walk.append(walk.item, text);
    return;
  }
  if (block.hint === 'heading' && !startsLowercase(text) && !endsSentence(text)) {
    walk.openHeading(counters.inResolution
      ? { rank: next?.hint === 'heading' ? 3 : 4, labelled: false, label: '', title: text, role: 'thematic', place }
      : { rank: tree.subRank(), labelled: false, label: '', title: text, role: 'other', place });
    return;
  }
  // A numbered paragraph or item never ends on a comma, so one that does was cut by a page break;
  // an unnumbered one may (the clauses of a declaration's preamble end with commas).
  const numbered = walk.item !== undefined || (walk.paragraph !== undefined && walk.paragraph.number !== null);
  const open = target !== undefined && (numbered ? !endsSentence(target.text) : !endsClause(target.text));
  if (target !== undefined && !walk.lastWasHeading && (startsLowercase(text) || open)) {
    walk.append(target, text);
    return;
  }
  const afterColon = target !== undefined && /:\s*$/.test(target.text);
  if (isHeadingCandidate(text, walk.profile) && followedByStructure(body, index, walk.profile) && (counters.inResolution || !afterColon)) {
    if (counters.inResolution) {
      const parentOfNext = next !== undefined && next.hint === undefined && isHeadingCandidate(next.text, walk.profile);
      walk.openHeading({ rank: parentOfNext ? 3 : 4, labelled: false, label: '', title: text, role: 'thematic', place });
    } else {
      walk.openHeading({ rank: tree.subRank(), labelled: false, label: '', title: text, role: 'other', place });
    }
    return;
  }
  walk.newParagraph(null, text, place);
}
