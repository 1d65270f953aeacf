// The state of one walk over a document's blocks: the heading tree, the paragraphs and
// messages so far, and the paragraph or item that text may still join.
import type { Message, SourcePlace } from '../../model/types.ts';
import type { HeadingDraft, ItemDraft, ParagraphDraft } from './drafts.ts';
import { HeadingTree } from './heading-tree.ts';
import { Counters } from './counters.ts';
import type { ReportProfile } from '../../profiles/report-profile.ts';

export class WalkState {
  constructor(readonly profile: ReportProfile) {}
  readonly tree = new HeadingTree();
  readonly paragraphs: ParagraphDraft[] = [];
  readonly messages: Message[] = [];
  readonly counters = new Counters();
  paragraph: ParagraphDraft | undefined;
  item: ItemDraft | undefined;
  nestedLast: string | undefined;
  lastWasHeading = false;
  pendingTitle: HeadingDraft | undefined;
  listRun: { owner: ParagraphDraft | undefined; first: number; message: Message } | undefined;
  /** A numbered list (an agenda) was taken into the current paragraph: its lettered sub-items go there too. */
  inList = false;

  note(severity: Message['severity'], ruleId: string, reason: string, place: SourcePlace, extra: { paragraph?: number; subparagraph?: string } = {}): void {
    this.messages.push({ severity, ruleId, reason, place: { ...place, ...extra }, source: 'concord:structure' });
  }

  openHeading(spec: Parameters<HeadingTree['open']>[0]): HeadingDraft {
    const heading = this.tree.open(spec);
    this.paragraph = undefined;
    this.item = undefined;
    this.inList = false;
    this.lastWasHeading = true;
    return heading;
  }

  newParagraph(number: number | null, text: string, place: SourcePlace, fromTable = false): ParagraphDraft {
    const current = this.tree.current;
    const draft: ParagraphDraft = {
      number,
      text,
      items: [],
      fromTable,
      place,
      ...(current === undefined ? {} : { headingId: current.id }),
      ...(number === null ? {} : this.counters.placeOf()),
    };
    this.paragraphs.push(draft);
    this.paragraph = draft;
    this.item = undefined;
    this.inList = false;
    this.nestedLast = undefined;
    this.lastWasHeading = false;
    return draft;
  }

  append(target: { text: string }, text: string): void {
    target.text = target.text === '' ? text : `${target.text} ${text}`;
    this.lastWasHeading = false;
  }
}
