// An assignment as the signed-in user sees it: whether they code it, have submitted, may
// read the report and may adjudicate.
import type { Assignment } from '../../store/assignments.ts';
import type { SignedInUser } from '../auth/context.ts';
import type { AssignmentView } from './api.ts';

export function mayAdjudicate(assignment: Assignment, user: SignedInUser | null): boolean {
  return user !== null && (user.role === 'admin' || user.name === assignment.adjudicator);
}

export function assignmentView(assignment: Assignment, user: SignedInUser | null, coded: ReadonlyMap<string, number>): AssignmentView {
  const mine = user !== null && assignment.coders.includes(user.name);
  return {
    id: assignment.id,
    name: assignment.name,
    coders: assignment.coders.map((name) => ({ name, coded: coded.get(name) ?? 0, submittedAt: assignment.submitted.get(name) ?? null })),
    recommendations: assignment.recIds.length,
    adjudicator: assignment.adjudicator,
    createdBy: assignment.createdBy,
    createdAt: assignment.createdAt,
    state: assignment.state,
    mine,
    submittedByMe: mine && user !== null && assignment.submitted.has(user.name),
    reportReady: assignment.state !== 'open',
    mayAdjudicate: mayAdjudicate(assignment, user),
  };
}
