// The workbench API contract: zod schemas for every request and response body and the
// TypeScript types inferred from them. The server validates inputs with these; the
// web front end (web/**) imports the types (and may parse responses with the schemas).
//
// All routes are under /api, JSON in and out (except uploads: multipart/form-data with
// one field "file"; exports: file downloads). Errors: { error: { code, message, details? } }
// with HTTP 400 (validation), 404 (unknown project/document/recommendation), 409 (name
// taken, or an action that does not fit the current state), 413 (body too large),
// 415 (unsupported file type), 422 (file readable as upload but not as a report), 500.
//
// :pid is a project id (number). :did a document id (number).
// :rid is a recommendation id ("A/CONF.234/RPM.5/1#28c") passed through encodeURIComponent.
//
// GET    /api/health                                    -> Health
// GET    /api/codebooks                                 -> CodebookList (shipped codebooks)
// GET    /api/projects                                  -> ProjectList
// POST   /api/projects                 CreateProject    -> Project (201)
// GET    /api/projects/:pid                             -> Project
// DELETE /api/projects/:pid                             -> 204
// GET    /api/projects/:pid/documents                   -> DocumentList
// POST   /api/projects/:pid/documents  multipart file [+ symbol] -> UploadResult (201); re-uploading the same symbol replaces it
// GET    /api/projects/:pid/documents/:did              -> DocumentView
// DELETE /api/projects/:pid/documents/:did              -> 204
// GET    /api/projects/:pid/codebook                    -> CodebookView
// PUT    /api/projects/:pid/codebook   SetCodebook      -> CodebookView (does not re-map; call /remap)
// GET    /api/projects/:pid/outcome                     -> OutcomeView (404 when none)
// POST   /api/projects/:pid/outcome    multipart file [+ symbol] -> OutcomeView (201) (does not re-trace; call /remap)
//        (optional multipart field "symbol": the document's symbol when it does not state it, e.g. A/CONF.234/16)
// POST   /api/projects/:pid/remap      RemapRequest     -> RemapResult
// GET    /api/projects/:pid/disagreements               -> DisagreementList
// GET    /api/projects/:pid/matrix                      -> Matrix
// GET    /api/projects/:pid/narrative  ?topic&region&section -> Narrative
// GET    /api/projects/:pid/recommendations  RecommendationQuery (query string) -> RecommendationList
// GET    /api/projects/:pid/recommendations/:rid        -> RecommendationDetail
// POST   /api/projects/:pid/recommendations/:rid/decisions  DecisionInput -> RecommendationDetail (201), durable before the response
// GET    /api/projects/:pid/history    ?limit&offset    -> History (project-wide review log, newest first)
// GET    /api/projects/:pid/search     SearchQuery (query string) -> SearchResult
// GET    /api/projects/:pid/trace                       -> TraceView (404 when no outcome)
// GET    /api/projects/:pid/export/:format  format = docx|xlsx|html|csv|json|md|review-log -> file (attachment)
import { z } from 'zod';

// ---------- shared pieces ----------

export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export const SpanSchema = z.object({ start: z.number(), end: z.number(), text: z.string() });
export type Span = z.infer<typeof SpanSchema>;

export const MessageSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  reason: z.string(),
  ruleId: z.string(),
  place: z.object({
    source: z.string().optional(),
    line: z.number().optional(),
    page: z.number().optional(),
    index: z.number().optional(),
    paragraph: z.number().optional(),
    subparagraph: z.string().optional(),
  }),
  source: z.string().optional(),
});
export type ApiMessage = z.infer<typeof MessageSchema>;

export const ReviewStateSchema = z.enum(['unreviewed', 'reviewed']);
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const LinkStrengthSchema = z.enum(['strong', 'partial']);
export const TraceStatusSchema = z.enum(['strong', 'partial', 'not-taken-up']);

export const HealthSchema = z.object({ ok: z.literal(true), version: z.string(), store: z.enum(['sqlite', 'postgres']) });
export type Health = z.infer<typeof HealthSchema>;

// ---------- projects ----------

export const ProjectNameSchema = z.string().trim().min(1).max(120);

export const CreateProjectSchema = z.object({
  name: ProjectNameSchema,
  /** Shipped codebook name; default "crime-congress-14". */
  codebook: z.string().trim().min(1).max(120).optional(),
});
export type CreateProject = z.infer<typeof CreateProjectSchema>;

export const ProjectSchema = z.object({
  id: z.number(),
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When mapping last ran; null before the first run. */
  mappedAt: z.string().nullable(),
  codebook: z.object({ kind: z.enum(['shipped', 'yaml']), name: z.string() }),
  documentCount: z.number(),
  recommendationCount: z.number(),
  reviewedCount: z.number(),
  hasOutcome: z.boolean(),
});
export type Project = z.infer<typeof ProjectSchema>;

export const ProjectListSchema = z.object({ projects: z.array(ProjectSchema) });
export type ProjectList = z.infer<typeof ProjectListSchema>;

// ---------- documents ----------

export const DocumentSummarySchema = z.object({
  id: z.number(),
  /** The uploaded file's name, for display only (never used as a path). */
  name: z.string(),
  format: z.enum(['txt', 'docx', 'pdf']),
  symbol: z.string(),
  symbolProvisional: z.boolean(),
  title: z.string(),
  kind: z.string(),
  region: z.string().nullable(),
  size: z.number(),
  recommendationCount: z.number(),
  messageCount: z.number(),
  createdAt: z.string(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const DocumentListSchema = z.object({ documents: z.array(DocumentSummarySchema) });
export type DocumentList = z.infer<typeof DocumentListSchema>;

export const UploadResultSchema = z.object({
  document: DocumentSummarySchema,
  messages: z.array(MessageSchema),
  /** True when a document with the same symbol was replaced. */
  replaced: z.boolean(),
});
export type UploadResult = z.infer<typeof UploadResultSchema>;

export const EffectiveTopicSchema = z.object({
  id: z.string(),
  label: z.string(),
  section: z.string(),
  /** machine: proposed by mapping and not decided; accepted: machine proposal a reviewer accepted; added: reviewer added. */
  status: z.enum(['proposed', 'accepted', 'added']),
  score: z.number().nullable(),
  lowConfidence: z.boolean(),
  evidence: z.array(SpanSchema),
});
export type EffectiveTopic = z.infer<typeof EffectiveTopicSchema>;

export const RecommendationSummarySchema = z.object({
  id: z.string(),
  documentId: z.number(),
  symbol: z.string(),
  paragraph: z.number(),
  subparagraph: z.string(),
  citation: z.string(),
  region: z.string().nullable(),
  section: z.array(z.string()),
  leadIn: z.string(),
  text: z.string(),
  topics: z.array(EffectiveTopicSchema),
  reviewState: ReviewStateSchema,
  lowConfidence: z.boolean(),
  /** Effective trace status (after review), null when no outcome. */
  traceStatus: TraceStatusSchema.nullable(),
});
export type RecommendationSummary = z.infer<typeof RecommendationSummarySchema>;

export const DocumentViewSchema = z.object({
  document: DocumentSummarySchema,
  headings: z.array(z.object({ id: z.string(), level: z.number(), text: z.string(), role: z.string() })),
  paragraphs: z.array(
    z.object({
      id: z.string(),
      number: z.number().nullable(),
      text: z.string(),
      citation: z.string().nullable(),
      section: z.array(z.string()),
      headingId: z.string().nullable(),
      items: z.array(z.object({ label: z.string(), text: z.string(), citation: z.string() })),
      footnotes: z.array(z.object({ marker: z.string(), offset: z.number() })),
    }),
  ),
  footnotes: z.array(z.object({ marker: z.string(), text: z.string() })),
  recommendations: z.array(RecommendationSummarySchema),
  messages: z.array(MessageSchema),
});
export type DocumentView = z.infer<typeof DocumentViewSchema>;

// ---------- codebook and outcome ----------

export const CodebookListSchema = z.object({
  codebooks: z.array(z.object({ name: z.string(), title: z.string(), version: z.string().optional() })),
});
export type CodebookList = z.infer<typeof CodebookListSchema>;

export const SetCodebookSchema = z.union([
  z.object({ name: z.string().trim().min(1).max(120) }),
  z.object({ yaml: z.string().min(1).max(2_000_000) }),
]);
export type SetCodebook = z.infer<typeof SetCodebookSchema>;

export const CodebookViewSchema = z.object({
  source: z.object({ kind: z.enum(['shipped', 'yaml']), name: z.string() }),
  codebook: z.object({
    id: z.string(),
    title: z.string(),
    version: z.string().optional(),
    sections: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        covers: z.string(),
        topics: z.array(z.object({ id: z.string(), label: z.string(), description: z.string() })),
      }),
    ),
  }),
});
export type CodebookView = z.infer<typeof CodebookViewSchema>;

export const OutcomeViewSchema = z.object({
  name: z.string(),
  symbol: z.string(),
  /** True when the document does not state its symbol and none was given: citations use a stand-in. */
  symbolProvisional: z.boolean(),
  title: z.string(),
  size: z.number(),
  createdAt: z.string(),
  messages: z.array(MessageSchema),
});
export type OutcomeView = z.infer<typeof OutcomeViewSchema>;

// ---------- re-map and disagreements ----------

export const RemapRequestSchema = z.object({
  /**
   * all: map every recommendation again (new codebook, new documents) and trace if an outcome exists;
   * unreviewed-with-decisions: reviewers' decisions become coded examples, only unreviewed recommendations are re-mapped.
   * Either way no reviewer decision is ever changed.
   */
  mode: z.enum(['all', 'unreviewed-with-decisions']).default('all'),
});
export type RemapRequest = z.input<typeof RemapRequestSchema>;

/** A reviewer's decision, taken before the latest mapping, that the machine's latest output contradicts. */
export const DisagreementSchema = z.object({
  recommendationId: z.string(),
  citation: z.string(),
  kind: z.enum(['topic', 'link']),
  /** Topic id or outcome paragraph number (as a string). */
  target: z.string(),
  /** What the reviewer decided. */
  decision: z.enum(['accepted', 'added', 'rejected', 'link-added', 'link-removed', 'link-strength']),
  /** What the machine now says. */
  machine: z.enum(['not-proposed', 'proposed', 'not-linked', 'linked-strong', 'linked-partial']),
});
export type Disagreement = z.infer<typeof DisagreementSchema>;

export const DisagreementListSchema = z.object({ disagreements: z.array(DisagreementSchema) });
export type DisagreementList = z.infer<typeof DisagreementListSchema>;

export const RemapResultSchema = z.object({
  mode: z.enum(['all', 'unreviewed-with-decisions']),
  mapped: z.number(),
  traced: z.boolean(),
  examplesUsed: z.number(),
  /** Recommendations whose reviewed links served the tracing as precedents. */
  linkExamplesUsed: z.number(),
  disagreements: z.array(DisagreementSchema),
  mappedAt: z.string(),
});
export type RemapResult = z.infer<typeof RemapResultSchema>;

// ---------- matrix and narrative ----------

export const MatrixSchema = z.object({
  regions: z.array(z.string()),
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      topics: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          total: z.number(),
          cells: z.array(z.object({ region: z.string(), count: z.number(), recommendationIds: z.array(z.string()) })),
        }),
      ),
    }),
  ),
  /** Recommendations with no effective topic. */
  unassigned: z.array(z.string()),
});
export type Matrix = z.infer<typeof MatrixSchema>;

export const NarrativeQuerySchema = z.object({
  topic: z.string().optional(),
  region: z.string().optional(),
  section: z.string().optional(),
});

export const NarrativeEntrySchema = z.object({
  id: z.string(),
  citation: z.string(),
  leadIn: z.string(),
  text: z.string(),
  evidence: z.array(SpanSchema),
  status: z.enum(['proposed', 'accepted', 'added']),
  reviewState: ReviewStateSchema,
});
export const NarrativeSchema = z.object({
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      topics: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          regions: z.array(z.object({ region: z.string(), recommendations: z.array(NarrativeEntrySchema) })),
        }),
      ),
    }),
  ),
});
export type Narrative = z.infer<typeof NarrativeSchema>;

// ---------- recommendations and decisions ----------

const booleanQuery = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

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

export const EffectiveLinkSchema = z.object({
  paragraph: z.number(),
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
]);
export type DecisionAction = z.infer<typeof DecisionActionSchema>;

export const AuditEventSchema = z.object({
  id: z.number(),
  recommendationId: z.string(),
  citation: z.string(),
  action: DecisionActionSchema,
  topic: z.string().nullable(),
  paragraph: z.number().nullable(),
  strength: LinkStrengthSchema.nullable(),
  note: z.string().nullable(),
  reviewer: z.string().nullable(),
  at: z.string(),
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
  /** Machine links a reviewer removed. */
  removedLinks: z.array(z.number()),
  /** The machine's next-best paragraphs, not linked now, best first. */
  candidateLinks: z.array(TraceCandidateViewSchema),
  disagreements: z.array(DisagreementSchema),
  history: z.array(AuditEventSchema),
});
export type RecommendationDetail = z.infer<typeof RecommendationDetailSchema>;

const note = z.string().max(4000).optional();
const reviewer = z.string().trim().max(120).optional();
const topicId = z.string().trim().min(1).max(40);
const paragraphNo = z.number().int().min(0).max(100000);

export const DecisionInputSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept-topic'), topic: topicId, note, reviewer }),
  z.object({ action: z.literal('reject-topic'), topic: topicId, note, reviewer }),
  z.object({ action: z.literal('add-topic'), topic: topicId, note, reviewer }),
  z.object({ action: z.literal('confirm'), note, reviewer }),
  z.object({ action: z.literal('add-link'), paragraph: paragraphNo, strength: LinkStrengthSchema, note, reviewer }),
  z.object({ action: z.literal('remove-link'), paragraph: paragraphNo, note, reviewer }),
  z.object({ action: z.literal('set-link-strength'), paragraph: paragraphNo, strength: LinkStrengthSchema, note, reviewer }),
]);
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

export const HistoryQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(10000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export const HistorySchema = z.object({ total: z.number(), events: z.array(AuditEventSchema) });
export type History = z.infer<typeof HistorySchema>;

// ---------- search ----------

export const SearchQuerySchema = z.object({
  q: z.string().max(500).default(''),
  region: z.string().optional(),
  section: z.string().optional(),
  topic: z.string().optional(),
  state: ReviewStateSchema.optional(),
  lowConfidence: booleanQuery.optional(),
  /** recommendation: only recommendations; paragraph: only paragraphs; default both. */
  kind: z.enum(['recommendation', 'paragraph']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type SearchQuery = z.input<typeof SearchQuerySchema>;

export const SearchHitSchema = z.object({
  kind: z.enum(['recommendation', 'paragraph']),
  /** Recommendation id, or paragraph id within its document. */
  id: z.string(),
  documentId: z.number(),
  citation: z.string(),
  text: z.string(),
  region: z.string().nullable(),
  score: z.number(),
  /** The query terms that matched (for highlighting on the client). */
  terms: z.array(z.string()),
  /** For recommendations: effective topic ids and review state; null for paragraphs. */
  topics: z.array(z.string()).nullable(),
  reviewState: ReviewStateSchema.nullable(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({ total: z.number(), hits: z.array(SearchHitSchema) });
export type SearchResult = z.infer<typeof SearchResultSchema>;

// ---------- trace view ----------

export const CoverageRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  total: z.number(),
  strong: z.number(),
  partial: z.number(),
  notTakenUp: z.number(),
  notTakenUpIds: z.array(z.string()),
});

export const TraceViewSchema = z.object({
  outcome: z.object({ symbol: z.string(), title: z.string() }),
  coverage: z.object({ byRegion: z.array(CoverageRowSchema), byTopic: z.array(CoverageRowSchema) }),
  notTakenUp: z.array(z.object({ id: z.string(), citation: z.string(), region: z.string().nullable(), text: z.string() })),
  paragraphs: z.array(
    z.object({
      number: z.number(),
      citation: z.string(),
      text: z.string(),
      headings: z.array(z.string()),
      topics: z.array(z.string()),
      reverse: z.array(
        z.object({
          recommendationId: z.string(),
          citation: z.string(),
          region: z.string().nullable(),
          strength: LinkStrengthSchema,
          score: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type TraceView = z.infer<typeof TraceViewSchema>;

export const EXPORT_FORMATS = ['docx', 'xlsx', 'html', 'csv', 'json', 'md', 'review-log'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
