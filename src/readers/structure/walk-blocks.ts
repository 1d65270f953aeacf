// Walks a reader's blocks in order and recognises structure: headings (a tree),
// numbered paragraphs with their lettered items, unnumbered paragraphs, and
// text a page break split. Odd input yields a message with its place, never an error.
// Each kind of line is read in a module of its own; this one finds where the body
// starts and dispatches.

import type { Block } from '../blocks.ts';
import type { Message } from '../../model/types.ts';
import type { ReportProfile } from '../../profiles/report-profile.ts';
import type { HeadingDraft, ParagraphDraft } from './drafts.ts';
import type { HeadingTree } from './heading-tree.ts';
import { roleFromTitle, shapeOf, type Shape } from './classify.ts';
import { endsSentence, romanToInt, startsUppercase } from './text.ts';
import { WalkState } from './walk-state.ts';
import { openLabelledHeading } from './labelled-headings.ts';
import { readNumberedLine } from './numbered-lines.ts';
import { readLetteredLine } from './lettered-items.ts';
import { readDecimalLine } from './decimal-items.ts';
import { readUnlabelledText } from './unlabelled-text.ts';

export interface Skeleton {
  readonly headings: readonly HeadingDraft[];
  readonly tree: HeadingTree;
  readonly paragraphs: readonly ParagraphDraft[];
  /** Blocks before the body (masthead, title, dates): metadata reads them. */
  readonly frontMatter: readonly Block[];
  readonly messages: readonly Message[];
}

/** Without a table of contents, the body opens at the first chapter, numbered paragraph, known heading or heading "I.". */
const opensBodyByShape = (shape: Shape): boolean =>
  shape.kind === 'chapter' || shape.kind === 'numbered' || shape.kind === 'known-heading' || (shape.kind === 'capital' && romanToInt(shape.label) === 1);

/** A chapter heading given without its title takes the next plain line as its title. */
function takesPendingTitle(walk: WalkState, shape: Shape, text: string): boolean {
  const heading = walk.pendingTitle;
  if (heading === undefined) return false;
  walk.pendingTitle = undefined;
  if (shape.kind !== 'plain' || endsSentence(text) || !startsUppercase(text)) return false;
  heading.title = text;
  const titled = roleFromTitle(text, walk.profile);
  if (heading.role === 'chapter' && (titled === 'workshops' || titled === 'introduction' || titled === 'conclusions' || titled === 'organization')) heading.role = titled;
  return true;
}

export function walkBlocks(blocks: readonly Block[], profile: ReportProfile): Skeleton {
  const walk = new WalkState(profile);
  const frontMatter: Block[] = [];
  const body = blocks.filter((block) => block.hint !== 'toc');
  const firstToc = blocks.findIndex((block) => block.hint === 'toc');
  /** Whether a body block comes after the first table-of-contents block (an index, not blocks.indexOf per block). */
  const afterToc = new Set(firstToc < 0 ? [] : blocks.slice(firstToc + 1));
  let started = false;

  body.forEach((block, index) => {
    const { text, place } = block;
    const target = walk.item ?? walk.paragraph;

    if (block.continuesPrevious === true && target !== undefined) {
      walk.append(target, text);
      return;
    }
    const shape = shapeOf(text, profile);
    if (!started) {
      if (!(firstToc >= 0 ? afterToc.has(block) : opensBodyByShape(shape))) {
        frontMatter.push(block);
        return;
      }
      started = true;
    }

    if (block.hint === 'table-row') {
      walk.newParagraph(null, text, place, true);
      walk.paragraph = undefined;
      return;
    }
    if (takesPendingTitle(walk, shape, text)) return;

    switch (shape.kind) {
      case 'chapter':
      case 'resolution':
      case 'capital':
      case 'known-heading':
      case 'titled-annex':
        if (openLabelledHeading(walk, shape, text, place)) return;
        break;
      case 'numbered':
        return readNumberedLine(walk, shape, block, target);
      case 'lettered':
        return readLetteredLine(walk, shape, block);
      case 'decimal':
        if (readDecimalLine(walk, shape, block)) return;
        break;
      case 'plain':
        break;
    }
    readUnlabelledText(walk, body, index, target);
  });

  return { headings: walk.tree.all, tree: walk.tree, paragraphs: walk.paragraphs, frontMatter, messages: walk.messages };
}
