// The agreement report of a complete (or closed) assignment: all coders together, each pair
// of coders (when there are more than two), and each coder against the machine (the run's
// proposed topics); and the list of recommendations the coders disagree on.
import type { Assignment, Coding } from '../../store/assignments.ts';
import type { ProjectState } from '../project/state.ts';
import type { AgreementReport, AssignmentView, ComparisonView, DisagreementView, DisagreementsView } from './api.ts';
import { agreementTable } from './table.ts';
import type { CodingsByCoder } from './table.ts';

export const MACHINE = 'machine';

/** The note every adjudicated decision carries, by which the disagreement list finds it again. */
export const adjudicationNote = (assignment: Pick<Assignment, 'id'>): string => `adjudicated: assignment ${assignment.id}`;

function byCoder(codings: readonly Coding[]): Map<string, Map<string, readonly string[]>> {
  const map = new Map<string, Map<string, readonly string[]>>();
  for (const c of codings) {
    let mine = map.get(c.coder);
    if (mine === undefined) map.set(c.coder, (mine = new Map()));
    mine.set(c.recId, c.topics);
  }
  return map;
}

function machineCodings(state: ProjectState, recIds: readonly string[]): Map<string, readonly string[]> {
  return new Map(recIds.flatMap((id) => {
    const entry = state.recs.get(id);
    return entry === undefined ? [] : [[id, entry.machineTopics.map((t) => t.id)] as const];
  }));
}

export function buildReport(state: ProjectState, assignment: Assignment, view: AssignmentView, codings: readonly Coding[]): AgreementReport {
  const coded: CodingsByCoder = new Map([...byCoder(codings), [MACHINE, machineCodings(state, assignment.recIds)]]);
  const order = [...state.labels.keys()];
  const compare = (label: string, kind: ComparisonView['kind'], coders: readonly string[]): ComparisonView => {
    const table = agreementTable(coders, assignment.recIds, coded, order);
    return { label, kind, coders, topics: table.topics.map((t) => ({ ...t, label: state.labels.get(t.topic)?.label ?? t.topic })), mean: table.mean, pooled: table.pooled };
  };
  const { coders } = assignment;
  const comparisons: ComparisonView[] = [compare(coders.length === 2 ? `${coders[0]} vs ${coders[1]}` : 'all coders', coders.length === 2 ? 'pair' : 'coders', coders)];
  if (coders.length > 2) {
    for (let i = 0; i < coders.length; i++) for (let j = i + 1; j < coders.length; j++) {
      const pair = [coders[i] ?? '', coders[j] ?? ''];
      comparisons.push(compare(`${pair[0]} vs ${pair[1]}`, 'pair', pair));
    }
  }
  for (const coder of coders) comparisons.push(compare(`${coder} vs machine`, 'machine', [coder, MACHINE]));
  return { assignment: view, recommendations: assignment.recIds.length, comparisons };
}

const sameTopics = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((t) => b.includes(t));

/** Recommendations where two coders who coded it chose different topics, in the assignment's order. */
export function buildDisagreements(state: ProjectState, assignment: Assignment, view: AssignmentView, codings: readonly Coding[]): DisagreementsView {
  const coded = byCoder(codings);
  const notes = new Map(codings.map((c) => [`${c.coder}\u0000${c.recId}`, c.note]));
  const note = adjudicationNote(assignment);
  const disagreements: DisagreementView[] = [];
  for (const recId of assignment.recIds) {
    const entry = state.recs.get(recId);
    if (entry === undefined) continue;
    const choices = assignment.coders.map((coder) => ({ coder, topics: coded.get(coder)?.get(recId) ?? null, note: notes.get(`${coder}\u0000${recId}`) ?? null }));
    const given = choices.flatMap((c) => (c.topics === null ? [] : [c.topics]));
    const first = given[0];
    if (first === undefined || given.every((t) => sameTopics(t, first))) continue;
    const review = state.reviews.get(recId);
    const last = review?.events.filter((e) => e.note === note).at(-1);
    disagreements.push({
      recommendationId: recId,
      citation: entry.rec.citation,
      region: entry.region,
      text: entry.rec.text,
      codings: choices,
      machine: entry.machineTopics.map((t) => t.id),
      adjudicated: last === undefined ? null : { by: last.reviewer, at: last.created_at, topics: adjudicatedTopics(state, recId) },
    });
  }
  return { assignment: view, labels: Object.fromEntries([...state.labels].map(([id, l]) => [id, l.label])), disagreements };
}

/** The topics in force on a recommendation now: the machine's not rejected, and those added. */
export function adjudicatedTopics(state: ProjectState, recId: string): string[] {
  const entry = state.recs.get(recId);
  const review = state.reviews.get(recId);
  const topics = (entry?.machineTopics ?? []).map((t) => t.id).filter((id) => review?.topics.get(id) !== 'rejected');
  for (const [id, decision] of review?.topics ?? []) if (decision !== 'rejected' && !topics.includes(id)) topics.push(id);
  return topics;
}
