// Everything the workbench holds for one open project: the project, its codebook, every
// recommendation (summaries), cached details, and the decisions in flight. Decisions are
// shown as saved only once the API answered 2xx; failures stay visible with a retry.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, ApiFailure } from '../api/client.ts';
import type { CodebookView, DecisionInput, Project, RecommendationDetail, RecommendationSummary } from '../api/types.ts';
import { readReviewer } from './reviewer.ts';
import { useToasts } from './toasts.tsx';

export type SaveState = 'pending' | 'saved' | 'failed';

export interface DecisionStatus {
  readonly key: string;
  readonly input: DecisionInput;
  readonly state: SaveState;
  readonly error?: string;
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
  readonly refresh: () => Promise<void>;
  readonly loadDetail: (rid: string, force?: boolean) => Promise<void>;
  readonly decide: (rid: string, input: DecisionInput) => Promise<boolean>;
}

const Context = createContext<ProjectData | null>(null);

export function decisionKey(input: DecisionInput): string {
  if ('topic' in input) return `topic:${input.topic}`;
  if ('paragraph' in input) return `link:${input.paragraph}`;
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
  const live = useRef(true);

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
    setDetails((all) => new Map(all).set(detail.id, detail));
    setRecs((all) => all.map((r) => (r.id === detail.id ? summaryOf(detail) : r)));
  }, []);

  const loadDetail = useCallback(
    async (rid: string, force = false) => {
      if (!force && details.has(rid)) return;
      try {
        storeDetail(await api.recommendation(pid, rid));
      } catch (cause) {
        toasts.show({ kind: 'error', text: `Could not load ${rid}: ${message(cause)}` });
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

  const decide = useCallback(
    async (rid: string, input: DecisionInput): Promise<boolean> => {
      const reviewer = readReviewer();
      const body: DecisionInput = reviewer && !input.reviewer ? { ...input, reviewer } : input;
      const key = decisionKey(body);
      setStatus(rid, { key, input: body, state: 'pending' });
      try {
        const detail = await api.decide(pid, rid, body);
        storeDetail(detail);
        setStatus(rid, { key, input: body, state: 'saved' });
        setVersion((v) => v + 1);
        void api.project(pid).then((p) => live.current && setProject(p), () => undefined);
        return true;
      } catch (cause) {
        const text = message(cause);
        setStatus(rid, { key, input: body, state: 'failed', error: text });
        toasts.show({
          kind: 'error',
          text: `Not saved (${describe(body)} on ${rid}): ${text}`,
          action: { label: 'Retry', run: () => void decide(rid, input) },
        });
        return false;
      }
    },
    [pid, setStatus, storeDetail, toasts],
  );

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
      refresh,
      loadDetail,
      decide,
    }),
    [pid, project, codebook, topics, recs, loading, error, version, details, statuses, refresh, loadDetail, decide],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useProjectData(): ProjectData {
  const value = useContext(Context);
  if (!value) throw new Error('useProjectData outside ProjectDataProvider');
  return value;
}

function summaryOf(detail: RecommendationDetail): RecommendationSummary {
  const { machineTopics: _m, decisions: _d, links: _l, removedLinks: _r, disagreements: _g, history: _h, ...summary } = detail;
  return summary;
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
