// Recommendations, decisions on them, and the review history.
import { z } from 'zod';
import { RecommendationSummarySchema } from './documents.ts';
import { DisagreementSchema } from './remap.ts';
import { LinkStrengthSchema, ReviewStateSchema, SpanSchema } from './shared.ts';

export const booleanQuery = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const RecommendationQuerySchema = z.object({
  region: z.string().optional(),
  section: z.string().optional(),
  topic: z.string().optional(),
  state: ReviewStateSchema.optional(),
  lowConfidence: booleanQuery.optional(),
  documentId: z.coerce.number().int().optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(5000),
  offset: z.coerce.number().int().min(0).default(0),
});
export type RecommendationQuery = z.input<typeof RecommendationQuerySchema>;

export const RecommendationListSchema = z.object({ total: z.number(), recommendations: z.array(RecommendationSummarySchema) });
export type RecommendationList = z.infer<typeof RecommendationListSchema>;

export const MachineTopicSchema = z.object({
  id: z.string(),
  label: z.string(),
  section: z.string(),
  score: z.number(),
  lowConfidence: z.boolean(),
  evidence: z.array(SpanSchema),
});

/** Where an outcome paragraph stands: 'preamble', or absent for an operative (numbered) paragraph. */
const PartSchema = z.enum(['preamble', 'operative']).optional();

export const EffectiveLinkSchema = z.object({
  paragraph: z.number(),
  part: PartSchema,
  citation: z.string(),
  strength: LinkStrengthSchema,
  /** null for links a reviewer added. */
  score: z.number().nullable(),
  status: z.enum(['machine', 'added', 'changed']),
  outcomeText: z.string(),
  evidence: z.object({ recommendation: z.array(SpanSchema), outcome: z.array(SpanSchema) }),
  /** A recommendation a reviewer linked to the same paragraph, that reads like this one (machine links made with precedents). */
  precedent: z.object({ citation: z.string(), similarity: z.number() }).optional(),
});
export type EffectiveLink = z.infer<typeof EffectiveLinkSchema>;

/** A paragraph the machine ranked next after its links: offered to the reviewer to link in one click. */
export const TraceCandidateViewSchema = z.object({
  paragraph: z.number(),
  part: PartSchema,
  citation: z.string(),
  score: z.number(),
  /** The thematic heading it stands under, when it has one. */
  heading: z.string().nullable(),
  outcomeText: z.string(),
});
export type TraceCandidateView = z.infer<typeof TraceCandidateViewSchema>;

export const DecisionActionSchema = z.enum([
  'accept-topic',
  'reject-topic',
  'add-topic',
  /** Mark the recommendation reviewed as the machine proposed it (accepts every proposed topic). */
  'confirm',
  'add-link',
  'remove-link',
  'set-link-strength',
  /** A note on its own: saved as typed, changes no topic or link (and not the version). */
  'note',
  /** Takes back the latest decision still in force on the recommendation. */
  'undo',
]);
export type DecisionAction = z.infer<typeof DecisionActionSchema>;

export const AuditEventSchema = z.object({
  id: z.number(),
  recommendationId: z.string(),
  citation: z.string(),
  action: DecisionActionSchema,
  topic: z.string().nullable(),
  paragraph: z.number().nullable(),
  part: PartSchema,
  strength: LinkStrengthSchema.nullable(),
  note: z.string().nullable(),
  reviewer: z.string().nullable(),
  at: z.string(),
  /** For an undo: the id of the decision it took back. */
  undoes: z.number().nullable(),
  /** Taken back by a later undo. */
  undone: z.boolean(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const RecommendationDetailSchema = RecommendationSummarySchema.extend({
  machineTopics: z.array(MachineTopicSchema),
  decisions: z.object({
    accepted: z.array(z.string()),
    rejected: z.array(z.string()),
    added: z.array(z.string()),
  }),
  links: z.array(EffectiveLinkSchema),
  /** Machine links a reviewer removed: operative paragraph numbers, a preambular paragraph's number negated (paragraphKey). */
  removedLinks: z.array(z.number()),
  /** The machine's next-best paragraphs, not linked now, best first. */
  candidateLinks: z.array(TraceCandidateViewSchema),
  disagreements: z.array(DisagreementSchema),
  history: z.array(AuditEventSchema),
  /** The version a decision must be made on (send it back as `version`): changes with every decision but notes. */
  version: z.number(),
  /** The latest note on the recommendation. */
  note: z.object({ text: z.string(), reviewer: z.string().nullable(), at: z.string() }).nullable(),
  /** What an undo would take back now, or null. */
  undoable: AuditEventSchema.nullable(),
});
export type RecommendationDetail = z.infer<typeof RecommendationDetailSchema>;

const note = z.string().max(4000).optional();
const reviewer = z.string().trim().max(120).optional();
const topicId = z.string().trim().min(1).max(40);
const paragraphNo = z.number().int().min(0).max(100000);
/**
 * The recommendation's version the decision was made on (RecommendationDetail.version). When it
 * is no longer current the decision is refused with 409 `stale` and the current state; without
 * it (scripts) the decision applies to whatever is current.
 */
const version = z.number().int().min(0).optional();

export const DecisionInputSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept-topic'), topic: topicId, note, reviewer, version }),
  z.object({ action: z.literal('reject-topic'), topic: topicId, note, reviewer, version }),
  z.object({ action: z.literal('add-topic'), topic: topicId, note, reviewer, version }),
  z.object({ action: z.literal('confirm'), note, reviewer, version }),
  // `part: 'preamble'` names a preambular paragraph by its number within the preamble; without it the paragraph is operative.
  z.object({ action: z.literal('add-link'), paragraph: paragraphNo, part: PartSchema, strength: LinkStrengthSchema, note, reviewer, version }),
  z.object({ action: z.literal('remove-link'), paragraph: paragraphNo, part: PartSchema, note, reviewer, version }),
  z.object({ action: z.literal('set-link-strength'), paragraph: paragraphNo, part: PartSchema, strength: LinkStrengthSchema, note, reviewer, version }),
  /** An empty text clears the note. */
  z.object({ action: z.literal('note'), note: z.string().max(4000), reviewer }),
  z.object({ action: z.literal('undo'), note, reviewer, version }),
]);

/** The body of a 409 `stale` answer's error.details: the recommendation as it is now, and the decisions made since the version sent. */
export const StaleDecisionSchema = z.object({ current: RecommendationDetailSchema, since: z.array(AuditEventSchema) });
export type StaleDecision = z.infer<typeof StaleDecisionSchema>;
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

export const HistoryQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(10000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export const HistorySchema = z.object({ total: z.number(), events: z.array(AuditEventSchema) });
export type History = z.infer<typeof HistorySchema>;
