// Folds the append-only decision log into each recommendation's review: which topics a
// reviewer accepted, rejected or added, and which trace links were added, removed or
// re-graded. Later decisions win; an undo takes one back (the review is replayed without
// it); a note changes nothing but the note. The machine's output is not consulted here.
import type { DecisionRow } from '../../store/schema.ts';
import { VERSIONLESS_ACTIONS } from '../../store/decisions.ts';
import type { LinkStrength } from '../../tracing/types.ts';

export type TopicDecision = 'accepted' | 'rejected' | 'added';

export type LinkDecision =
  | { readonly op: 'removed' }
  | { readonly op: 'added' | 'strength'; readonly strength: LinkStrength };

export interface Review {
  readonly topics: Map<string, TopicDecision>;
  readonly links: Map<number, LinkDecision>;
  /** Every row in commit order, notes and undos included (the history). */
  readonly events: DecisionRow[];
  /** Ids of the decisions taken back by an undo. */
  readonly undone: Set<number>;
  /** The seq of the latest decision that changed the review (0: none): what a new decision must be made on. */
  version: number;
  /** A 'confirm' in force: the reviewer said the proposal is right as it stands (also when it proposes nothing). */
  confirmed: boolean;
  /** The latest note written, with who wrote it and when; null when none or cleared. */
  note: { readonly text: string; readonly reviewer: string | null; readonly at: string } | null;
}

const emptyReview = (): Review => ({ topics: new Map(), links: new Map(), events: [], undone: new Set(), version: 0, confirmed: false, note: null });

const strengthOf = (value: string | null): LinkStrength => (value === 'partial' ? 'partial' : 'strong');

/** The topics a 'confirm' row lists: those proposed when the reviewer confirmed them. */
export function confirmedTopics(row: Pick<DecisionRow, 'topic'>): string[] {
  return (row.topic ?? '').split(',').filter((t) => t !== '');
}

/** Whether a row changes the review now: not a note, not an undo, not taken back. */
export function inForce(review: Review, row: DecisionRow): boolean {
  return row.action !== 'undo' && !VERSIONLESS_ACTIONS.includes(row.action) && !review.undone.has(row.id);
}

/** The decision an undo would take back now: the latest one in force. */
export function undoTarget(review: Review | undefined): DecisionRow | undefined {
  if (review === undefined) return undefined;
  for (let i = review.events.length - 1; i >= 0; i--) {
    const row = review.events[i];
    if (row !== undefined && inForce(review, row)) return row;
  }
  return undefined;
}

function effect(review: Review, row: DecisionRow): void {
  const topic = row.topic ?? '';
  switch (row.action) {
    case 'accept-topic':
      review.topics.set(topic, 'accepted');
      break;
    case 'reject-topic':
      review.topics.set(topic, 'rejected');
      break;
    case 'add-topic':
      review.topics.set(topic, 'added');
      break;
    case 'confirm':
      // The row lists the topics proposed when the reviewer confirmed them.
      for (const id of confirmedTopics(row)) {
        if (!review.topics.has(id)) review.topics.set(id, 'accepted');
      }
      review.confirmed = true;
      break;
    case 'add-link':
      if (row.paragraph !== null) review.links.set(row.paragraph, { op: 'added', strength: strengthOf(row.strength) });
      break;
    case 'set-link-strength':
      // A link the reviewer added stays "added" when its strength changes.
      if (row.paragraph !== null) {
        const op = review.links.get(row.paragraph)?.op === 'added' ? 'added' : 'strength';
        review.links.set(row.paragraph, { op, strength: strengthOf(row.strength) });
      }
      break;
    case 'remove-link':
      if (row.paragraph !== null) review.links.set(row.paragraph, { op: 'removed' });
      break;
    default:
      break;
  }
}

/** Rebuilds topics and links from the rows still in force (after an undo). */
function replay(review: Review): void {
  review.topics.clear();
  review.links.clear();
  review.confirmed = false;
  for (const row of review.events) if (inForce(review, row)) effect(review, row);
}

/** Applies one decision row to the reviews (mutates; used incrementally as new rows arrive, in seq order). */
export function applyDecision(reviews: Map<string, Review>, row: DecisionRow): void {
  let review = reviews.get(row.rec_id);
  if (review === undefined) {
    review = emptyReview();
    reviews.set(row.rec_id, review);
  }
  review.events.push(row);
  if (row.note !== null || row.action === 'note') {
    review.note = row.note === null || row.note.trim() === '' ? null : { text: row.note, reviewer: row.reviewer, at: row.created_at };
  }
  if (VERSIONLESS_ACTIONS.includes(row.action)) return;
  review.version = row.seq;
  if (row.action === 'undo') {
    if (row.undoes !== null) review.undone.add(row.undoes);
    replay(review);
    return;
  }
  effect(review, row);
}

export function foldDecisions(rows: readonly DecisionRow[]): Map<string, Review> {
  const reviews = new Map<string, Review>();
  for (const row of rows) applyDecision(reviews, row);
  return reviews;
}
