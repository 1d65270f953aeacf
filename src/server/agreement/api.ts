// The contract of blind double coding under /api/projects/:pid/assignments: zod schemas for
// request bodies, TypeScript types for the answers (shared with web/).
//
// POST /assignments                      CreateAssignment -> AssignmentView (201)            admin
// GET  /assignments                                         -> AssignmentList                 any role
// GET  /assignments/:aid                                    -> AssignmentView                 any role
// POST /assignments/:aid/close                              -> AssignmentView                 admin
// GET  /assignments/:aid/codings                            -> MyCodings (the caller's own)   a coder of it
// PUT  /assignments/:aid/codings/:rid    CodingInput      -> CodingView                      a coder of it
// POST /assignments/:aid/submit                             -> AssignmentView                 a coder of it
// GET  /assignments/:aid/report                             -> AgreementReport (409 while blind)  any role
// GET  /assignments/:aid/disagreements                      -> DisagreementsView (409 while blind) any role
// POST /assignments/:aid/adjudications   AdjudicationInput -> RecommendationDetail (201)     admin or the named adjudicator
// GET  /assignments/:aid/export/csv|xlsx                    -> file                           any role
// GET  /coders                                              -> CoderList (users who may code)  admin
import { z } from 'zod';
import type { Statistic } from './stats-types.ts';

const userName = z.string().trim().min(1).max(120);
const topicId = z.string().trim().min(1).max(40);

export const CreateAssignmentSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    coders: z.array(userName).min(2, 'give at least two coders').max(20),
    adjudicator: userName.optional(),
    /** The recommendations by id; or, instead, a filter: */
    recommendationIds: z.array(z.string().min(1).max(200)).min(1).max(20000).optional(),
    region: z.string().max(200).optional(),
    documentId: z.number().int().positive().optional(),
    /** How many of the filtered recommendations, spread evenly over them; absent: all. */
    n: z.number().int().min(1).max(20000).optional(),
  })
  .refine((v) => new Set(v.coders).size === v.coders.length, { message: 'a coder is named twice', path: ['coders'] })
  .refine((v) => v.recommendationIds === undefined || (v.region === undefined && v.documentId === undefined && v.n === undefined), {
    message: 'give either recommendationIds or a filter (region, documentId, n), not both',
    path: ['recommendationIds'],
  });
export type CreateAssignment = z.input<typeof CreateAssignmentSchema>;

export const CodingInputSchema = z.object({
  /** The topics that apply; [] says that none does. */
  topics: z.array(topicId).max(200),
  note: z.string().max(4000).optional(),
});
export type CodingInput = z.input<typeof CodingInputSchema>;

export const AdjudicationInputSchema = z.object({
  recommendationId: z.string().min(1).max(200),
  topics: z.array(topicId).max(200),
});
export type AdjudicationInput = z.input<typeof AdjudicationInputSchema>;

export interface AssignmentView {
  readonly id: number;
  readonly name: string;
  readonly coders: readonly { readonly name: string; readonly coded: number; readonly submittedAt: string | null }[];
  readonly recommendations: number;
  readonly adjudicator: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly state: 'open' | 'complete' | 'closed';
  /** The signed-in user codes it, and has or has not submitted. */
  readonly mine: boolean;
  readonly submittedByMe: boolean;
  /** The report and disagreements are available. */
  readonly reportReady: boolean;
  readonly mayAdjudicate: boolean;
}

export interface AssignmentList {
  readonly assignments: readonly AssignmentView[];
}

export interface CodingView {
  readonly recommendationId: string;
  readonly citation: string;
  readonly region: string | null;
  readonly leadIn: string;
  readonly text: string;
  /** null: not coded yet. */
  readonly topics: readonly string[] | null;
  readonly note: string | null;
}

export interface MyCodings {
  readonly assignment: AssignmentView;
  readonly items: readonly CodingView[];
}

export interface FiguresView {
  readonly percent: Statistic;
  readonly kappa: Statistic;
  readonly alpha: Statistic;
}

export interface ComparisonView {
  /** "all coders", "Ana vs Ben", "Ana vs machine". */
  readonly label: string;
  readonly kind: 'coders' | 'pair' | 'machine';
  readonly coders: readonly string[];
  readonly topics: readonly (FiguresView & { readonly topic: string; readonly label: string; readonly applied: readonly number[] })[];
  readonly mean: FiguresView;
  readonly pooled: FiguresView;
}

export interface AgreementReport {
  readonly assignment: AssignmentView;
  readonly recommendations: number;
  readonly comparisons: readonly ComparisonView[];
}

export interface DisagreementView {
  readonly recommendationId: string;
  readonly citation: string;
  readonly region: string | null;
  readonly text: string;
  readonly codings: readonly { readonly coder: string; readonly topics: readonly string[] | null; readonly note: string | null }[];
  readonly machine: readonly string[];
  /** The latest adjudication of it for this assignment, or null. */
  readonly adjudicated: { readonly by: string | null; readonly at: string; readonly topics: readonly string[] } | null;
}

export interface DisagreementsView {
  readonly assignment: AssignmentView;
  readonly labels: Readonly<Record<string, string>>;
  readonly disagreements: readonly DisagreementView[];
}

export interface CoderList {
  readonly coders: readonly { readonly name: string; readonly role: string }[];
}
