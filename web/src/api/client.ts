// Typed calls to the workbench API (/api). Every failure becomes an ApiFailure with the
// server's one-line message, so the page can show it instead of dropping it.
import type {
  CodebookView,
  DecisionInput,
  DisagreementList,
  DocumentList,
  DocumentView,
  ExportFormat,
  History,
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

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json' } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { accept: 'application/json', 'content-type': 'application/json' };
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}`, init);
  } catch (cause) {
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
    const error = (data as { error?: { code?: string; message?: string } } | undefined)?.error;
    if (response.status === 401 && error?.code === 'sign-in-required') signInRequired?.();
    throw new ApiFailure(error?.message ?? `The server answered ${response.status} ${response.statusText}.`, response.status, error?.code ?? 'http');
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
  uploadDocument: (pid: number, file: File) => request<UploadResult>('POST', `${p(pid)}/documents`, upload(file)),
  document: (pid: number, did: number) => request<DocumentView>('GET', `${p(pid)}/documents/${did}`),
  deleteDocument: (pid: number, did: number) => request<void>('DELETE', `${p(pid)}/documents/${did}`),
  codebook: (pid: number) => request<CodebookView>('GET', `${p(pid)}/codebook`),
  setCodebook: (pid: number, body: SetCodebook) => request<CodebookView>('PUT', `${p(pid)}/codebook`, body),
  outcome: (pid: number) => request<OutcomeView>('GET', `${p(pid)}/outcome`),
  /** `symbol`: the outcome document's symbol, for a document that does not state it (e.g. A/CONF.234/16). */
  uploadOutcome: (pid: number, file: File, symbol?: string) => request<OutcomeView>('POST', `${p(pid)}/outcome`, upload(file, symbol)),
  remap: (pid: number, body: RemapRequest) => request<RemapResult>('POST', `${p(pid)}/remap`, body),
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
