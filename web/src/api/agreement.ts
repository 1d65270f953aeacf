// Blind double coding's requests (contract: src/server/agreement/api.ts).
import { request } from './client.ts';
import type { RecommendationDetail } from './types.ts';
import type { AgreementReport, AssignmentList, AssignmentView, CoderList, CreateAssignment, DisagreementsView, MyCodings } from '../../../src/server/agreement/api.ts';

export type { AgreementReport, AssignmentView, ComparisonView, CreateAssignment, DisagreementView, DisagreementsView, FiguresView, MyCodings, CodingView } from '../../../src/server/agreement/api.ts';
export type { Statistic } from '../../../src/server/agreement/stats-types.ts';

const a = (pid: number, aid?: number) => `/projects/${pid}/assignments${aid === undefined ? '' : `/${aid}`}`;

export const agreementApi = {
  coders: (pid: number) => request<CoderList>('GET', `/projects/${pid}/coders`),
  list: (pid: number) => request<AssignmentList>('GET', a(pid)),
  create: (pid: number, body: CreateAssignment) => request<AssignmentView>('POST', a(pid), body),
  close: (pid: number, aid: number) => request<AssignmentView>('POST', `${a(pid, aid)}/close`),
  codings: (pid: number, aid: number) => request<MyCodings>('GET', `${a(pid, aid)}/codings`),
  code: (pid: number, aid: number, rid: string, topics: readonly string[]) =>
    request<{ recommendationId: string; topics: string[] }>('PUT', `${a(pid, aid)}/codings/${encodeURIComponent(rid)}`, { topics }),
  submit: (pid: number, aid: number) => request<AssignmentView>('POST', `${a(pid, aid)}/submit`),
  report: (pid: number, aid: number) => request<AgreementReport>('GET', `${a(pid, aid)}/report`),
  disagreements: (pid: number, aid: number) => request<DisagreementsView>('GET', `${a(pid, aid)}/disagreements`),
  adjudicate: (pid: number, aid: number, rid: string, topics: readonly string[]) =>
    request<RecommendationDetail>('POST', `${a(pid, aid)}/adjudications`, { recommendationId: rid, topics }),
};

export const agreementExportHref = (pid: number, aid: number, format: 'csv' | 'xlsx'): string => `/api${a(pid, aid)}/export/${format}`;
