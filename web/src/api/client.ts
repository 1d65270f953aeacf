// Typed calls to the workbench API (/api). Every failure becomes an ApiFailure with the
// server's one-line message, so the page can show it instead of dropping it.
import type {
  CodebookView,
  DecisionInput,
  DisagreementList,
  DocumentList,
  DocumentView,
  ExportFormat,
  ExportRequest,
  History,
  JobList,
  JobReply,
  Matrix,
  Narrative,
  OutcomeView,
  Project,
  ProjectList,
  RecommendationDetail,
  RecommendationList,
  RecommendationQuery,
  RemapRequest,
  RemapResult,
  SearchQuery,
  SearchResult,
  SetCodebook,
  TraceView,
  UploadResult,
} from './types.ts';
import type { Login, SessionInfo } from '../../../src/server/auth/api.ts';

export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    /** The error's details from the server (e.g. a stale decision's current state). */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** Called when the server answers 401 "sign-in-required" (team mode, no session or an expired one). */
let signInRequired: (() => void) | undefined;
export function onSignInRequired(listener: (() => void) | undefined): void {
  signInRequired = listener;
}

/** How long a request may take before the page gives up and says so (status 0, code "timeout"). */
export const REQUEST_TIMEOUT_MS = 20_000;
/** Uploads, re-maps and codebook changes read and map whole reports: they get longer. */
export const LONG_REQUEST_TIMEOUT_MS = 600_000;

export async function request<T>(method: string, path: string, body?: unknown, timeoutMs = REQUEST_TIMEOUT_MS): Promise<T> {
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), timeoutMs);
  try {
    return await send<T>(method, path, body, timer.signal);
  } catch (cause) {
    if (timer.signal.aborted) {
      throw new ApiFailure(`The server did not answer within ${Math.round(timeoutMs / 1000)} s. It may be busy or stopped; try again.`, 0, 'timeout');
    }
    throw cause;
  } finally {
    clearTimeout(timeout);
  }
}

async function send<T>(method: string, path: string, body: unknown, signal: AbortSignal): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json' }, signal };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { accept: 'application/json', 'content-type': 'application/json' };
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}`, init);
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new ApiFailure(`Cannot reach the Concord server (${cause instanceof Error ? cause.message : 'network error'}).`, 0, 'network');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    if (response.status === 401 && error?.code === 'sign-in-required') signInRequired?.();
    throw new ApiFailure(error?.message ?? `The server answered ${response.status} ${response.statusText}.`, response.status, error?.code ?? 'http', error?.details);
  }
  return data as T;
}

function query(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `?${qs}` : '';
}

function upload(file: File, symbol?: string): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  if (symbol !== undefined && symbol.trim() !== '') form.append('symbol', symbol.trim());
  return form;
}

const p = (pid: number) => `/projects/${pid}`;

export const api = {
  session: () => request<SessionInfo>('GET', '/session'),
  login: (body: Login) => request<SessionInfo>('POST', '/login', body),
  logout: () => request<void>('POST', '/logout'),
  projects: () => request<ProjectList>('GET', '/projects'),
  createProject: (name: string, codebook?: string) =>
    request<Project>('POST', '/projects', codebook ? { name, codebook } : { name }),
  project: (pid: number) => request<Project>('GET', p(pid)),
  deleteProject: (pid: number) => request<void>('DELETE', p(pid)),
  documents: (pid: number) => request<DocumentList>('GET', `${p(pid)}/documents`),
  uploadDocument: (pid: number, file: File) => request<UploadResult>('POST', `${p(pid)}/documents`, upload(file), LONG_REQUEST_TIMEOUT_MS),
  document: (pid: number, did: number) => request<DocumentView>('GET', `${p(pid)}/documents/${did}`),
  deleteDocument: (pid: number, did: number) => request<void>('DELETE', `${p(pid)}/documents/${did}`),
  codebook: (pid: number) => request<CodebookView>('GET', `${p(pid)}/codebook`),
  setCodebook: (pid: number, body: SetCodebook) => request<CodebookView>('PUT', `${p(pid)}/codebook`, body, LONG_REQUEST_TIMEOUT_MS),
  outcome: (pid: number) => request<OutcomeView>('GET', `${p(pid)}/outcome`),
  /** `symbol`: the outcome document's symbol, for a document that does not state it (e.g. A/CONF.234/16). */
  uploadOutcome: (pid: number, file: File, symbol?: string) => request<OutcomeView>('POST', `${p(pid)}/outcome`, upload(file, symbol), LONG_REQUEST_TIMEOUT_MS),
  remap: (pid: number, body: RemapRequest) => request<RemapResult>('POST', `${p(pid)}/remap`, body, LONG_REQUEST_TIMEOUT_MS),
  /** Starts a re-map job (202): it runs in a worker on the server; follow it with `job`. */
  startRemap: (pid: number, body: RemapRequest) => request<JobReply>('POST', `${p(pid)}/jobs/remap`, body),
  /** Starts an export job (202); once done, its file is at job.export.download. */
  startExport: (pid: number, body: ExportRequest) => request<JobReply>('POST', `${p(pid)}/jobs/export`, body),
  jobs: (pid: number) => request<JobList>('GET', `${p(pid)}/jobs`),
  job: (id: string) => request<JobReply>('GET', `/jobs/${id}`),
  cancelJob: (id: string) => request<JobReply>('POST', `/jobs/${id}/cancel`),
  disagreements: (pid: number) => request<DisagreementList>('GET', `${p(pid)}/disagreements`),
  matrix: (pid: number) => request<Matrix>('GET', `${p(pid)}/matrix`),
  narrative: (pid: number, q: { topic?: string; region?: string; section?: string }) =>
    request<Narrative>('GET', `${p(pid)}/narrative${query(q)}`),
  recommendations: (pid: number, q: RecommendationQuery = {}) =>
    request<RecommendationList>('GET', `${p(pid)}/recommendations${query(q)}`),
  recommendation: (pid: number, rid: string) =>
    request<RecommendationDetail>('GET', `${p(pid)}/recommendations/${encodeURIComponent(rid)}`),
  decide: (pid: number, rid: string, input: DecisionInput) =>
    request<RecommendationDetail>('POST', `${p(pid)}/recommendations/${encodeURIComponent(rid)}/decisions`, input),
  history: (pid: number, limit = 200, offset = 0) => request<History>('GET', `${p(pid)}/history${query({ limit, offset })}`),
  search: (pid: number, q: SearchQuery) => request<SearchResult>('GET', `${p(pid)}/search${query(q)}`),
  trace: (pid: number) => request<TraceView>('GET', `${p(pid)}/trace`),
};

export function exportHref(pid: number, format: ExportFormat, edition: 'review' | 'final' = 'review'): string {
  return `/api${p(pid)}/export/${format}${edition === 'final' ? '?edition=final' : ''}`;
}
