// A project held in memory for fast reads: documents, machine output, the folded
// review and a search index. Reloaded when the project's revision moves; new decisions
// are folded in incrementally, read by their commit-order number (seq), so a decision
// another connection or server committed is never skipped, and never forces a reload.
import type { ConcordDocument, Recommendation } from '../../model/types.ts';
import { compareMeetings } from '../../renderers/layout/meeting-order.ts';
import type { Codebook, TopicAssignment } from '../../mapping/types.ts';
import type { Outcome, Trace } from '../../tracing/types.ts';
import type { Store } from '../../store/open.ts';
import type { DocumentRow, ProjectRow } from '../../store/schema.ts';
import { getProject, projectRevision } from '../../store/projects.ts';
import { listDocuments } from '../../store/documents.ts';
import { loadMachine } from '../../store/machine.ts';
import { listDecisions } from '../../store/decisions.ts';
import { applyDecision, foldDecisions } from '../review/fold.ts';
import type { Review } from '../review/fold.ts';
import { topicLabels } from '../review/effective.ts';
import { loadProjectCodebook } from './codebook.ts';
import { exclusionOf } from '../../pipeline/summarize.ts';

export interface LoadedDocument {
  readonly row: Omit<DocumentRow, 'bytes' | 'model_json'>;
  readonly model: ConcordDocument;
}

export interface RecEntry {
  readonly rec: Recommendation;
  readonly documentId: number;
  readonly region: string | null;
  readonly machineTopics: readonly TopicAssignment[];
  readonly machineTrace: Trace | null;
}

export interface ProjectState {
  readonly project: ProjectRow;
  readonly revision: number;
  readonly codebook: Codebook;
  readonly labels: ReadonlyMap<string, { label: string; section: string }>;
  readonly reports: readonly LoadedDocument[];
  readonly outcomeDocument: LoadedDocument | null;
  readonly outcome: Outcome | null;
  /** In document order. */
  readonly recs: ReadonlyMap<string, RecEntry>;
  readonly reviews: Map<string, Review>;
  /** The seq of the latest decision folded in: every decision numbered up to it is in `reviews`. */
  lastSeq: number;
  /** Built on first search, dropped with the state. */
  searchIndex?: unknown;
  /** Whole-project views (matrix…) computed since the last decision; cleared by each new decision. */
  readonly memo: Map<string, unknown>;
}

/** A view computed once per project state and decision, e.g. memoized(state, 'matrix', () => buildMatrix(state)). */
export function memoized<T>(state: ProjectState, key: string, build: () => T): T {
  if (!state.memo.has(key)) state.memo.set(key, build());
  return state.memo.get(key) as T;
}

/** Which documents' recommendations are mapped: the same rule as `concord build`. */
export const isMappable = (document: ConcordDocument): boolean => exclusionOf(document) === undefined;

export function parseModel(json: string): ConcordDocument {
  return JSON.parse(json) as ConcordDocument;
}

export async function loadProjectState(store: Store, projectId: number): Promise<ProjectState> {
  const project = await getProject(store, projectId);
  const codebook = await loadProjectCodebook({
    kind: project.codebook_kind === 'yaml' ? 'yaml' : 'shipped',
    name: project.codebook_name,
    ...(project.codebook_yaml === null ? {} : { yaml: project.codebook_yaml }),
  });
  const rows = await listDocuments(store, projectId);
  const documents = rows.map(({ model_json, ...row }) => ({ row, model: parseModel(model_json) }));
  // Reports in the Secretariat's order of the meetings, then by symbol: every list reads the same whatever order the uploads finished in.
  const reports = documents
    .filter((d) => d.row.role === 'report')
    .sort((a, b) => compareMeetings(a.model, b.model) || a.row.id - b.row.id);
  const outcomeDocument = documents.find((d) => d.row.role === 'outcome') ?? null;
  const machine = new Map((await loadMachine(store, projectId)).map((m) => [m.rec_id, m]));
  const recs = new Map<string, RecEntry>();
  for (const document of reports) {
    if (!isMappable(document.model)) continue;
    for (const rec of document.model.recommendations) {
      const row = machine.get(rec.id);
      recs.set(rec.id, {
        rec,
        documentId: document.row.id,
        region: rec.region ?? document.model.region ?? null,
        machineTopics: row === undefined ? [] : (JSON.parse(row.topics_json) as TopicAssignment[]),
        machineTrace: row?.trace_json == null ? null : (JSON.parse(row.trace_json) as Trace),
      });
    }
  }
  const decisions = await listDecisions(store, projectId);
  return {
    project,
    revision: Number(project.revision),
    codebook,
    labels: topicLabels(codebook),
    reports,
    outcomeDocument,
    outcome: project.outcome_json === null ? null : (JSON.parse(project.outcome_json) as Outcome),
    recs,
    reviews: foldDecisions(decisions),
    lastSeq: decisions.at(-1)?.seq ?? 0,
    memo: new Map(),
  };
}

/** Keeps one state per project; `get` checks the revision and picks up new decisions. */
export class ProjectCache {
  readonly #states = new Map<number, Promise<ProjectState>>();
  constructor(private readonly store: Store) {}

  async get(projectId: number): Promise<ProjectState> {
    const revision = await projectRevision(this.store, projectId);
    let pending = this.#states.get(projectId);
    let state = pending === undefined ? undefined : await pending.catch(() => undefined);
    if (state === undefined || state.revision !== revision) {
      pending = loadProjectState(this.store, projectId);
      this.#states.set(projectId, pending);
      pending.catch(() => this.#states.delete(projectId));
      state = await pending;
    }
    // Seqs are taken under the project row's lock, so every decision numbered below a
    // visible one is visible too: reading after the last seq seen misses none.
    const fresh = await listDecisions(this.store, projectId, state.lastSeq);
    for (const row of fresh) {
      // Two requests may fetch the same rows at once: each is folded in once.
      if (row.seq <= state.lastSeq) continue;
      applyDecision(state.reviews, row);
      state.lastSeq = row.seq;
      state.memo.clear();
    }
    return state;
  }

  forget(projectId: number): void {
    this.#states.delete(projectId);
  }
}
