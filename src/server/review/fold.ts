// Folds the append-only decision log into each recommendation's review: which topics a
// reviewer accepted, rejected or added, and which trace links were added, removed or
// re-graded. Later decisions win; the machine's output is not consulted here.
import type { DecisionRow } from '../../store/schema.ts';
import type { LinkStrength } from '../../tracing/types.ts';

export type TopicDecision = 'accepted' | 'rejected' | 'added';

export type LinkDecision =
  | { readonly op: 'removed' }
  | { readonly op: 'added' | 'strength'; readonly strength: LinkStrength };

export interface Review {
  readonly topics: Map<string, TopicDecision>;
  readonly links: Map<number, LinkDecision>;
  readonly events: DecisionRow[];
}

const emptyReview = (): Review => ({ topics: new Map(), links: new Map(), events: [] });

const strengthOf = (value: string | null): LinkStrength => (value === 'partial' ? 'partial' : 'strong');

/** The topics a 'confirm' row lists: those proposed when the reviewer confirmed them. */
export function confirmedTopics(row: Pick<DecisionRow, 'topic'>): string[] {
  return (row.topic ?? '').split(',').filter((t) => t !== '');
}

/** Applies one decision row to the reviews (mutates; used incrementally as new rows arrive). */
export function applyDecision(reviews: Map<string, Review>, row: DecisionRow): void {
  let review = reviews.get(row.rec_id);
  if (review === undefined) {
    review = emptyReview();
    reviews.set(row.rec_id, review);
  }
  review.events.push(row);
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

export function foldDecisions(rows: readonly DecisionRow[]): Map<string, Review> {
  const reviews = new Map<string, Review>();
  for (const row of rows) applyDecision(reviews, row);
  return reviews;
}
