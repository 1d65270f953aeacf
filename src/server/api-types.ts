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
// POST   /api/projects/:pid/recommendations/:rid/decisions  DecisionInput -> RecommendationDetail (201), durable before the response;
//        409 `stale` with StaleDecision in error.details when the `version` sent is no longer current
// GET    /api/projects/:pid/history    ?limit&offset    -> History (project-wide review log, newest first)
// GET    /api/projects/:pid/search     SearchQuery (query string) -> SearchResult
// GET    /api/projects/:pid/trace                       -> TraceView (404 when no outcome)
// GET    /api/projects/:pid/export/:format  format = docx|xlsx|html|csv|json|md|qdpx|akn|review-log -> file (attachment)
//        (rendered by an export job in a worker thread; the request waits for it)
// POST   /api/projects/:pid/jobs/remap RemapRequest     -> JobReply (202): the re-map runs in a worker (POST …/remap waits for one)
// POST   /api/projects/:pid/jobs/export ExportRequest   -> JobReply (202)
// GET    /api/projects/:pid/jobs                        -> JobList (newest first)
// GET    /api/jobs/:jid                                 -> JobReply
// POST   /api/jobs/:jid/cancel                          -> JobReply; 409 once it finished or is saving
// GET    /api/jobs/:jid/download                        -> a finished export's file (attachment); 409 before
// The schemas live by concept in ./api/; this file gathers them, so that the server and web/ import one contract.
export * from './api/shared.ts';
export * from './api/projects.ts';
export * from './api/documents.ts';
export * from './api/codebook.ts';
export * from './api/remap.ts';
export * from './api/jobs.ts';
export * from './api/matrix.ts';
export * from './api/recommendations.ts';
export * from './api/search.ts';
export * from './api/trace-view.ts';
