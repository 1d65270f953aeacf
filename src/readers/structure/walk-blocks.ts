// Walks a reader's blocks in order and recognises structure: headings (a tree),
// numbered paragraphs with their lettered items, unnumbered paragraphs, and
// text a page break split. Odd input yields a message with its place, never an error.

import type { Block } from '../blocks.ts';
import type { Message, SourcePlace } from '../../model/types.ts';
import type { HeadingDraft, ItemDraft, ParagraphDraft } from './drafts.ts';
import { HeadingTree } from './heading-tree.ts';
import { roleFromTitle, shapeOf, type Shape } from './classify.ts';
import { endsClause, endsSentence, intToRoman, nextLetter, romanToInt, startsLowercase, startsUppercase } from './text.ts';
import { capitalHeading, letteredItem as lettered } from './numbering.ts';
import { Counters } from './counters.ts';

export interface Skeleton {
  readonly headings: readonly HeadingDraft[];
  readonly tree: HeadingTree;
  readonly paragraphs: readonly ParagraphDraft[];
  /** Blocks before the body (masthead, title, dates): metadata reads them. */
  readonly frontMatter: readonly Block[];
  readonly messages: readonly Message[];
}

export function walkBlocks(blocks: readonly Block[]): Skeleton {
  const tree = new HeadingTree();
  const paragraphs: ParagraphDraft[] = [];
  const frontMatter: Block[] = [];
  const messages: Message[] = [];
  const body = blocks.filter((block) => block.hint !== 'toc');
  const firstToc = blocks.findIndex((block) => block.hint === 'toc');
  /** Whether a body block comes after the first table-of-contents block (an index, not blocks.indexOf per block). */
  const afterToc = new Set(firstToc < 0 ? [] : blocks.slice(firstToc + 1));

  let started = false;
  const counters = new Counters();
  let paragraph: ParagraphDraft | undefined;
  let item: ItemDraft | undefined;
  let nestedLast: string | undefined;
  let lastWasHeading = false;
  let pendingTitle: HeadingDraft | undefined;
  let listRun: { owner: ParagraphDraft | undefined; first: number; message: Message } | undefined;
  /** A numbered list (an agenda) was taken into the current paragraph: its lettered sub-items go there too. */
  let inList = false;

  const note = (severity: Message['severity'], ruleId: string, reason: string, place: SourcePlace, extra: { paragraph?: number; subparagraph?: string } = {}): void => {
    messages.push({ severity, ruleId, reason, place: { ...place, ...extra }, source: 'concord:structure' });
  };

  const openHeading = (spec: Parameters<HeadingTree['open']>[0]): HeadingDraft => {
    const heading = tree.open(spec);
    paragraph = undefined;
    item = undefined;
    inList = false;
    lastWasHeading = true;
    return heading;
  };

  const newParagraph = (number: number | null, text: string, place: SourcePlace, fromTable = false): ParagraphDraft => {
    const current = tree.current;
    const draft: ParagraphDraft = {
      number,
      text,
      items: [],
      fromTable,
      place,
      ...(current === undefined ? {} : { headingId: current.id }),
      ...(number === null ? {} : counters.placeOf()),
    };
    paragraphs.push(draft);
    paragraph = draft;
    item = undefined;
    inList = false;
    nestedLast = undefined;
    lastWasHeading = false;
    return draft;
  };

  const append = (target: { text: string }, text: string): void => {
    target.text = target.text === '' ? text : `${target.text} ${text}`;
    lastWasHeading = false;
  };

  const isHeadingCandidate = (text: string): boolean =>
    text.length <= 200 && startsUppercase(text) && !endsClause(text) && shapeOf(text).kind === 'plain';

  const nextBody = (index: number): Block | undefined => body[index + 1];

  const followedByStructure = (index: number, depth = 0): boolean => {
    const next = nextBody(index);
    if (next === undefined || next.hint === 'table-row') return next?.hint === 'table-row';
    const shape: Shape = shapeOf(next.text);
    if (shape.kind === 'numbered' || shape.kind === 'capital' || shape.kind === 'chapter' || shape.kind === 'resolution' || shape.kind === 'known-heading') return true;
    return depth < 2 && isHeadingCandidate(next.text) && followedByStructure(index + 1, depth + 1);
  };

  body.forEach((block, index) => {
    const text = block.text;
    const place = block.place;
    const target = item ?? paragraph;

    if (block.continuesPrevious === true && target !== undefined) {
      append(target, text);
      return;
    }
    const shape = shapeOf(text);
    if (!started) {
      const opensBody = firstToc >= 0
        ? afterToc.has(block)
        : shape.kind === 'chapter' || shape.kind === 'numbered' || shape.kind === 'known-heading' || (shape.kind === 'capital' && romanToInt(shape.label) === 1);
      if (!opensBody) {
        frontMatter.push(block);
        return;
      }
      started = true;
    }

    if (block.hint === 'table-row') {
      newParagraph(null, text, place, true);
      paragraph = undefined;
      return;
    }

    if (pendingTitle !== undefined) {
      const heading = pendingTitle;
      pendingTitle = undefined;
      if (shape.kind === 'plain' && !endsSentence(text) && startsUppercase(text)) {
        heading.title = text;
        const titled = roleFromTitle(text, undefined);
        if (heading.role === 'chapter' && (titled === 'workshops' || titled === 'introduction' || titled === 'conclusions' || titled === 'organization')) heading.role = titled;
        return;
      }
    }

    switch (shape.kind) {
      case 'chapter': {
        const heading = openHeading({ rank: 1, labelled: true, label: `Chapter ${shape.numeral}`, title: shape.rest, role: 'chapter', place });
        counters.enterTopLevel(shape.numeral, romanToInt(shape.numeral));
        if (shape.rest === '') pendingTitle = heading;
        return;
      }
      case 'resolution': {
        if (shape.rest !== '' && endsSentence(shape.rest)) break;
        const heading = openHeading({ rank: 2, labelled: true, label: `Resolution ${shape.number}`, title: shape.rest, role: 'resolution', place });
        counters.enterResolution(shape.number);
        if (shape.rest === '') pendingTitle = heading;
        return;
      }
      case 'capital': {
        const decided = capitalHeading(shape.label, counters.romanLast, counters.letterLast);
        if (!decided.inSequence) {
          const after = decided.roman ? intToRoman(counters.romanLast) || 'none' : counters.letterLast?.toUpperCase() ?? 'none';
          note('warning', 'heading-sequence', `heading "${shape.label}." does not continue the heading numbering (after ${after})`, place);
        }
        if (decided.roman) {
          openHeading({ rank: 1, labelled: true, label: `${shape.label}.`, title: shape.rest, role: roleFromTitle(shape.rest, undefined), place });
          counters.enterTopLevel(shape.label, decided.value);
        } else {
          openHeading({ rank: 2, labelled: true, label: `${shape.label}.`, title: shape.rest, role: roleFromTitle(shape.rest, tree.roleOfParentAt(2)), place });
          counters.enterLetter(shape.label);
        }
        return;
      }
      case 'numbered': {
        const expected = counters.expected(shape.number, (label) => {
          note('info', 'annex-numbering', `paragraph numbering starts again at 1 in "${label}"; these paragraphs are cited as "para. N" without naming the annex`, place, { paragraph: 1 });
        });
        const headingShape = !endsSentence(shape.rest) && startsUppercase(shape.rest);
        const advance = (n: number): void => counters.advance(n);
        if (shape.number === expected) {
          newParagraph(shape.number, shape.rest, place);
          advance(shape.number);
          return;
        }
        if ((headingShape || block.hint === 'heading') && shape.number === counters.numberedHeadingLast + 1) {
          const parentRole = tree.roleOfParentAt(3);
          const heading = openHeading({ rank: 3, labelled: true, label: `${shape.number}.`, title: shape.rest, role: 'other', place });
          heading.role = heading.agendaItems.length > 0 || heading.workshops.length > 0 || parentRole === 'substantive-items' ? 'cluster' : parentRole === 'resolution' || parentRole === 'chapter' ? 'resolution' : 'other';
          counters.numberedHeadingLast = shape.number;
          return;
        }
        if (shape.number > expected && shape.number <= expected + 10 && !(headingShape && text.length < 60)) {
          note('warning', 'paragraph-gap', `paragraph numbering jumps from ${expected - 1} to ${shape.number}`, place, { paragraph: shape.number });
          newParagraph(shape.number, shape.rest, place);
          advance(shape.number);
          return;
        }
        if (target !== undefined) {
          const previous = messages[messages.length - 1];
          const run = listRun !== undefined && listRun.owner === paragraph && previous === listRun.message;
          const first = run ? listRun?.first ?? shape.number : shape.number;
          const reason = `numbered ${first === shape.number ? `line "${first}."` : `lines "${first}."–"${shape.number}."`} ${first === shape.number ? 'does' : 'do'} not continue the paragraph numbering (expected ${expected}); kept in the text of the paragraph before ${first === shape.number ? 'it' : 'them'}`;
          if (run) messages.pop();
          note('info', 'unrecognised-numbering', reason, run ? listRun?.message.place ?? place : place, paragraph?.number == null ? {} : { paragraph: paragraph.number });
          listRun = { owner: paragraph, first, message: messages[messages.length - 1] as Message };
          append(paragraph ?? target, text);
          item = undefined;
          inList = paragraph !== undefined;
          return;
        }
        note('warning', 'unrecognised-numbering', `numbered line "${shape.number}." fits neither the paragraph numbering (expected ${expected}) nor the heading numbering; kept as an unnumbered paragraph`, place);
        newParagraph(null, text, place);
        return;
      }
      case 'lettered': {
        if (paragraph === undefined || paragraph.fromTable) {
          note('warning', 'item-without-paragraph', `lettered item "(${shape.label})" has no numbered paragraph to belong to; kept as an unnumbered paragraph`, place);
          newParagraph(null, text, place);
          return;
        }
        if (inList) {
          append(paragraph, text);
          return;
        }
        const last = paragraph.items[paragraph.items.length - 1]?.label;
        const expectedLetter = nextLetter(last);
        const decision = lettered(shape.label, last, nestedLast, item !== undefined);
        if (decision === 'item') {
          item = { label: shape.label, text: shape.rest, place };
          paragraph.items.push(item);
          nestedLast = undefined;
          lastWasHeading = false;
          return;
        }
        if (decision === 'nested' && item !== undefined) {
          append(item, text);
          nestedLast = shape.label;
          return;
        }
        const where = paragraph.number === null ? {} : { paragraph: paragraph.number, subparagraph: shape.label };
        if (decision === 'out-of-sequence') {
          note('warning', 'item-sequence', `lettered item "(${shape.label})" out of sequence (expected "(${expectedLetter})")`, place, where);
          item = { label: shape.label, text: shape.rest, place };
          paragraph.items.push(item);
          lastWasHeading = false;
          return;
        }
        note('info', 'unrecognised-numbering', `item label "(${shape.label})" not recognised; kept in the text before it`, place, where);
        append(item ?? paragraph, text);
        return;
      }
      case 'known-heading': {
        const rank = shape.rank === 'top' ? 1 : tree.subRank();
        if (shape.rank === 'top') counters.enterAnnex(text);
        openHeading({ rank, labelled: shape.rank === 'top', label: '', title: text, role: shape.role, place });
        return;
      }
      case 'titled-annex': {
        counters.enterAnnex(shape.label);
        openHeading({ rank: 1, labelled: true, label: '', title: shape.label, role: 'annex', place });
        openHeading({ rank: tree.subRank(), labelled: false, label: '', title: shape.title, role: 'annex', place });
        return;
      }
      case 'plain':
        break;
    }

    // Unlabelled text: a continuation, an unlabelled heading, or an unnumbered paragraph.
    if (block.hint === 'heading' && !startsLowercase(text) && !endsSentence(text)) {
      openHeading(counters.inResolution
        ? { rank: nextBody(index)?.hint === 'heading' ? 3 : 4, labelled: false, label: '', title: text, role: 'thematic', place }
        : { rank: tree.subRank(), labelled: false, label: '', title: text, role: 'other', place });
      return;
    }
    // A numbered paragraph or item never ends on a comma, so one that does was cut by a page break;
    // an unnumbered one may (the clauses of a declaration's preamble end with commas).
    const numbered = item !== undefined || (paragraph !== undefined && paragraph.number !== null);
    const open = target !== undefined && (numbered ? !endsSentence(target.text) : !endsClause(target.text));
    if (target !== undefined && !lastWasHeading && (startsLowercase(text) || open)) {
      append(target, text);
      return;
    }
    const afterColon = target !== undefined && /:\s*$/.test(target.text);
    if (isHeadingCandidate(text) && followedByStructure(index) && (counters.inResolution || !afterColon)) {
      if (counters.inResolution) {
        const next = nextBody(index);
        const parentOfNext = next !== undefined && next.hint === undefined && isHeadingCandidate(next.text);
        openHeading({ rank: parentOfNext ? 3 : 4, labelled: false, label: '', title: text, role: 'thematic', place });
      } else {
        openHeading({ rank: tree.subRank(), labelled: false, label: '', title: text, role: 'other', place });
      }
      return;
    }
    newParagraph(null, text, place);
  });

  return { headings: tree.all, tree, paragraphs, frontMatter, messages };
}
