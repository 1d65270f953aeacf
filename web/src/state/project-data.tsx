// Everything the workbench holds for one open project: the project, its codebook, every
// recommendation (summaries), cached details, and the decisions in flight. Decisions are
// shown as saved only once the API answered 2xx; failures stay visible with a retry.
// Each decision carries the version of the recommendation it was made on; decisions on one
// recommendation are sent one after another, each on the version the previous one left, and
// one refused because another reviewer decided meanwhile becomes a conflict the panel shows.
import { placeKey } from '../lib/paragraph-place.ts';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, ApiFailure } from '../api/client.ts';
import type { AuditEvent, CodebookView, DecisionInput, Project, RecommendationDetail, RecommendationSummary, StaleDecision } from '../api/types.ts';
import { readReviewer } from './reviewer.ts';
import { useToasts } from './toasts.tsx';

export type SaveState = 'pending' | 'saved' | 'failed' | 'conflict';

export interface DecisionStatus {
  readonly key: string;
  readonly input: DecisionInput;
  readonly state: SaveState;
  readonly error?: string;
}

/** A decision refused because another one was made on the recommendation meanwhile. */
export interface DecisionConflict {
  readonly input: DecisionInput;
  /** The decisions made since the version the reviewer saw, oldest first. */
  readonly since: readonly AuditEvent[];
}

export interface TopicInfo {
  readonly id: string;
  readonly label: string;
  readonly section: string;
  readonly sectionTitle: string;
  readonly description: string;
}

export interface ProjectData {
  readonly pid: number;
  readonly project: Project | null;
  readonly codebook: CodebookView | null;
  readonly topics: readonly TopicInfo[];
  readonly topicById: ReadonlyMap<string, TopicInfo>;
  readonly recs: readonly RecommendationSummary[];
  readonly recById: ReadonlyMap<string, RecommendationSummary>;
  readonly loading: boolean;
  readonly error: string | null;
  /** Bumps whenever saved decisions or a re-map changed what views show. */
  readonly version: number;
  readonly details: ReadonlyMap<string, RecommendationDetail>;
  readonly statuses: ReadonlyMap<string, readonly DecisionStatus[]>;
  /** Per recommendation: the latest decision refused as made on a stale version. */
  readonly conflicts: ReadonlyMap<string, DecisionConflict>;
  readonly dismissConflict: (rid: string) => void;
  readonly refresh: () => Promise<void>;
  readonly loadDetail: (rid: string, force?: boolean) => Promise<void>;
  readonly decide: (rid: string, input: DecisionInput) => Promise<boolean>;
}

const Context = createContext<ProjectData | null>(null);

/** Whether a decision made meanwhile is the one the reviewer wanted anyway (e.g. a retried save). */
function sameDecision(input: DecisionInput, event: AuditEvent): boolean {
  if (event.action !== input.action) return false;
  if ('topic' in input && input.topic !== event.topic) return false;
  if ('paragraph' in input && (input.paragraph !== event.paragraph || (input.part ?? 'operative') !== (event.part ?? 'operative'))) return false;
  if ('strength' in input && input.strength !== event.strength) return false;
  return input.action !== 'undo';
}

export function decisionKey(input: DecisionInput): string {
  if ('topic' in input) return `topic:${input.topic}`;
  if ('paragraph' in input) return `link:${placeKey(input)}`;
  return input.action;
}

export function ProjectDataProvider({ pid, children }: { pid: number; children: ReactNode }) {
  const toasts = useToasts();
  const [project, setProject] = useState<Project | null>(null);
  const [codebook, setCodebook] = useState<CodebookView | null>(null);
  const [recs, setRecs] = useState<RecommendationSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [details, setDetails] = useState<Map<string, RecommendationDetail>>(new Map());
  const [statuses, setStatuses] = useState<Map<string, DecisionStatus[]>>(new Map());
  const [conflicts, setConflicts] = useState<Map<string, DecisionConflict>>(new Map());
  const live = useRef(true);
  /** The version of each recommendation this page last saw: what the next decision is made on. */
  const versions = useRef(new Map<string, number>());
  /** Per recommendation, the decision being sent: the next waits for it. */
  const queues = useRef(new Map<string, Promise<unknown>>());
  /** Per recommendation, how many conflicts this page met: a decision queued before one was made on what is no longer shown. */
  const epochs = useRef(new Map<string, number>());

  const refresh = useCallback(async () => {
    setLoading(true);
    try {
      const [p, list] = await Promise.all([api.project(pid), api.recommendations(pid, { limit: 5000 })]);
      const cb = await api.codebook(pid).catch(() => null);
      if (!live.current) return;
      setProject(p);
      setRecs(list.recommendations);
      setCodebook(cb);
      setDetails(new Map());
      versions.current.clear();
      setError(null);
      setVersion((v) => v + 1);
    } catch (cause) {
      if (live.current) setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      if (live.current) setLoading(false);
    }
  }, [pid]);

  useEffect(() => {
    live.current = true;
    void refresh();
    return () => {
      live.current = false;
    };
  }, [refresh]);

  const storeDetail = useCallback((detail: RecommendationDetail) => {
    versions.current.set(detail.id, detail.version);
    setDetails((all) => new Map(all).set(detail.id, detail));
    setRecs((all) => all.map((r) => (r.id === detail.id ? summaryOf(detail) : r)));
  }, []);

  const loadDetail = useCallback(
    async (rid: string, force = false) => {
      if (!force && details.has(rid)) return;
      try {
        storeDetail(await api.recommendation(pid, rid));
      } catch (cause) {
        toasts.show({ kind: 'error', text: `Could not load ${rid}: ${message(cause)}`, action: { label: 'Retry', run: () => void loadDetail(rid, true) } });
      }
    },
    [details, pid, storeDetail, toasts],
  );

  const setStatus = useCallback((rid: string, status: DecisionStatus) => {
    setStatuses((all) => {
      const next = new Map(all);
      const list = (next.get(rid) ?? []).filter((s) => s.key !== status.key);
      next.set(rid, [...list, status]);
      return next;
    });
  }, []);

  const setConflict = useCallback((rid: string, conflict: DecisionConflict | undefined) => {
    setConflicts((all) => {
      const next = new Map(all);
      if (conflict === undefined) next.delete(rid);
      else next.set(rid, conflict);
      return next;
    });
  }, []);

  const send = useCallback(
    async (rid: string, input: DecisionInput, epoch: number): Promise<boolean> => {
      const reviewer = readReviewer();
      const named: DecisionInput = reviewer && !input.reviewer ? { ...input, reviewer } : input;
      const key = decisionKey(named);
      if (named.action !== 'note' && (epochs.current.get(rid) ?? 0) !== epoch) {
        // Queued behind a decision refused as stale: made on the same view, so not sent either.
        setStatus(rid, { key, input: named, state: 'conflict', error: 'not sent: the recommendation changed before it could be; decide again on what it shows now' });
        return false;
      }
      setStatus(rid, { key, input: named, state: 'pending' });
      try {
        // Made on the version shown; read it first if this page has not yet (a note needs none).
        if (named.action !== 'note' && !versions.current.has(rid)) storeDetail(await api.recommendation(pid, rid));
        const body: DecisionInput = named.action === 'note' ? named : { ...named, version: versions.current.get(rid) ?? 0 };
        const detail = await api.decide(pid, rid, body);
        storeDetail(detail);
        setStatus(rid, { key, input: named, state: 'saved' });
        if (named.action !== 'note') setConflict(rid, undefined);
        setVersion((v) => v + 1);
        void api.project(pid).then((p) => live.current && setProject(p), () => undefined);
        return true;
      } catch (cause) {
        const stale = cause instanceof ApiFailure && cause.status === 409 && cause.code === 'stale' ? (cause.details as StaleDecision | undefined) : undefined;
        if (stale !== undefined) {
          storeDetail(stale.current);
          setVersion((v) => v + 1);
          // Someone (or this page's own earlier attempt) already made exactly this decision: nothing is lost.
          if (stale.since.length > 0 && stale.since.every((e) => sameDecision(named, e))) {
            setStatus(rid, { key, input: named, state: 'saved' });
            return true;
          }
          epochs.current.set(rid, (epochs.current.get(rid) ?? 0) + 1);
          setStatus(rid, { key, input: named, state: 'conflict', error: conflictText(stale.since) });
          setConflict(rid, { input: named, since: stale.since });
          return false;
        }
        const text = message(cause);
        setStatus(rid, { key, input: named, state: 'failed', error: text });
        toasts.show({
          kind: 'error',
          text: `Not saved (${describe(named)} on ${rid}): ${text}`,
          action: { label: 'Retry', run: () => void decide(rid, input) },
        });
        return false;
      }
    },
    [pid, setStatus, setConflict, storeDetail, toasts],
  );

  /** Queues the decision behind any other being sent on the same recommendation. */
  const decide = useCallback(
    (rid: string, input: DecisionInput): Promise<boolean> => {
      const before = queues.current.get(rid) ?? Promise.resolve();
      const epoch = epochs.current.get(rid) ?? 0;
      const run = before.then(() => send(rid, input, epoch));
      queues.current.set(rid, run.catch(() => undefined));
      return run;
    },
    [send],
  );

  const dismissConflict = useCallback((rid: string) => setConflict(rid, undefined), [setConflict]);

  const topics = useMemo(() => {
    const list: TopicInfo[] = [];
    for (const section of codebook?.codebook.sections ?? []) {
      for (const t of section.topics) {
        list.push({ id: t.id, label: t.label, description: t.description, section: section.id, sectionTitle: section.title });
      }
    }
    return list;
  }, [codebook]);

  const value = useMemo<ProjectData>(
    () => ({
      pid,
      project,
      codebook,
      topics,
      topicById: new Map(topics.map((t) => [t.id, t])),
      recs,
      recById: new Map(recs.map((r) => [r.id, r])),
      loading,
      error,
      version,
      details,
      statuses,
      conflicts,
      dismissConflict,
      refresh,
      loadDetail,
      decide,
    }),
    [pid, project, codebook, topics, recs, loading, error, version, details, statuses, conflicts, dismissConflict, refresh, loadDetail, decide],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useProjectData(): ProjectData {
  const value = useContext(Context);
  if (!value) throw new Error('useProjectData outside ProjectDataProvider');
  return value;
}

function summaryOf(detail: RecommendationDetail): RecommendationSummary {
  const { machineTopics: _m, decisions: _d, links: _l, removedLinks: _r, candidateLinks: _c, disagreements: _g, history: _h, version: _v, note: _n, undoable: _u, ...summary } = detail;
  return summary;
}

/** Who decided what meanwhile, in a reviewer's words: "Bo rejected A1". */
export function conflictText(since: readonly AuditEvent[]): string {
  if (since.length === 0) return 'the recommendation changed meanwhile; decide again on what it shows now';
  const said = since.map((e) => `${e.reviewer || 'another reviewer'} ${pastTense(e)}`);
  return `${said.join(', ')} meanwhile; your decision was not saved`;
}

function pastTense(e: AuditEvent): string {
  switch (e.action) {
    case 'accept-topic':
      return `accepted ${e.topic ?? ''}`;
    case 'reject-topic':
      return `rejected ${e.topic ?? ''}`;
    case 'add-topic':
      return `added ${e.topic ?? ''}`;
    case 'confirm':
      return 'confirmed the proposal';
    case 'add-link':
      return `linked para. ${e.paragraph ?? '?'}`;
    case 'remove-link':
      return `removed the link to para. ${e.paragraph ?? '?'}`;
    case 'set-link-strength':
      return `set para. ${e.paragraph ?? '?'} to ${e.strength ?? ''}`;
    case 'undo':
      return 'undid a decision';
    case 'note':
      return 'wrote a note';
  }
}

export function message(cause: unknown): string {
  if (cause instanceof ApiFailure) return cause.message;
  return cause instanceof Error ? cause.message : String(cause);
}

export function describe(input: DecisionInput): string {
  switch (input.action) {
    case 'accept-topic':
      return `accept ${input.topic}`;
    case 'reject-topic':
      return `reject ${input.topic}`;
    case 'add-topic':
      return `add ${input.topic}`;
    case 'confirm':
      return 'confirm as proposed';
    case 'add-link':
      return `link to para. ${input.paragraph} (${input.strength})`;
    case 'remove-link':
      return `remove link to para. ${input.paragraph}`;
    case 'set-link-strength':
      return `set para. ${input.paragraph} to ${input.strength}`;
    case 'note':
      return input.note.trim() === '' ? 'clear the note' : 'save the note';
    case 'undo':
      return 'undo the last decision';
  }
}
