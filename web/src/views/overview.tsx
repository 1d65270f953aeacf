// A project's home: upload reports, codebook and outcome; run mapping and tracing; jump
// straight into review; export the annexes; see disagreements and recent decisions.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import type { ApiMessage, Disagreement, DocumentSummary, History, OutcomeView, RemapResult } from '../api/types.ts';
import { Dropzone } from '../components/dropzone.tsx';
import { ExportButtons } from '../components/export-buttons.tsx';
import { CodebookPanel } from '../components/codebook-panel.tsx';
import { DocumentRow } from '../components/document-row.tsx';
import { OutcomePanel, type UploadState } from '../components/outcome-panel.tsx';
import { DisagreementsPanel } from '../components/disagreements-panel.tsx';
import { RecentDecisions } from '../components/recent-decisions.tsx';
import { RunPanel } from '../components/run-panel.tsx';
import { Stat } from '../components/stat.tsx';
import { formatWhen } from '../lib/when.ts';
import { navigate, routeHref } from '../lib/router.ts';
import { message, useProjectData } from '../state/project-data.tsx';
import { useReviewer } from '../state/reviewer.ts';
import { useAbilities } from '../state/session.tsx';
import { RoleGate } from '../components/role-gate.tsx';
import { useToasts } from '../state/toasts.tsx';

export function OverviewView() {
  const data = useProjectData();
  const project = data.project;
  const toasts = useToasts();
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [fresh, setFresh] = useState<Map<number, ApiMessage[]>>(new Map());
  const [uploads, setUploads] = useState<UploadState[]>([]);
  const [outcome, setOutcome] = useState<OutcomeView | null | undefined>(undefined);
  const [outcomeUpload, setOutcomeUpload] = useState<UploadState | null>(null);
  const [disagreements, setDisagreements] = useState<Disagreement[]>([]);
  const [history, setHistory] = useState<History | null>(null);
  const [reviewer] = useReviewer();
  const canManage = useAbilities().manage;
  const startButton = useRef<HTMLButtonElement>(null);
  // Once the reviewer has given a name, Enter starts the review.
  useEffect(() => {
    // Deferred: the name dialog closes (and hands focus back) after this effect runs.
    if (!reviewer) return;
    const timer = window.setTimeout(() => startButton.current?.focus(), 50);
    return () => window.clearTimeout(timer);
  }, [reviewer, data.recs.length]);

  const loadDocuments = useCallback(async () => {
    try {
      setDocuments((await api.documents(data.pid)).documents);
    } catch (cause) {
      toasts.show({ kind: 'error', text: `Could not list documents: ${message(cause)}` });
    }
  }, [data.pid, toasts]);

  useEffect(() => {
    void loadDocuments();
    // Ask for the outcome only when there is one (a 404 would be noise in the console).
    if (data.project?.hasOutcome) api.outcome(data.pid).then(setOutcome, () => setOutcome(null));
    else setOutcome(null);
  }, [data.pid, loadDocuments, data.project?.hasOutcome]);

  useEffect(() => {
    api.disagreements(data.pid).then((d) => setDisagreements(d.disagreements), () => setDisagreements([]));
    api.history(data.pid, 8).then(setHistory, () => setHistory(null));
  }, [data.pid, data.version]);

  const uploadFiles = async (files: File[]) => {
    setUploads(files.map((f) => ({ name: f.name, state: 'uploading' })));
    // Read in parallel: each file is parsed on its own on the server.
    await Promise.all(
      files.map(async (file) => {
        try {
          const res = await api.uploadDocument(data.pid, file);
          setFresh((m) => new Map(m).set(res.document.id, res.messages));
          setUploads((u) => u.map((x) => (x.name === file.name ? { name: file.name, state: 'done' } : x)));
        } catch (cause) {
          setUploads((u) => u.map((x) => (x.name === file.name ? { name: file.name, state: 'failed', error: message(cause) } : x)));
        }
      }),
    );
    await loadDocuments();
    await data.refresh();
  };

  const uploadOutcome = async (file: File, symbol: string) => {
    setOutcomeUpload({ name: file.name, state: 'uploading' });
    try {
      setOutcome(await api.uploadOutcome(data.pid, file, symbol));
      setOutcomeUpload({ name: file.name, state: 'done' });
      await data.refresh();
    } catch (cause) {
      setOutcomeUpload({ name: file.name, state: 'failed', error: message(cause) });
    }
  };

  // A re-map (a job on the server, followed by the run panel) ended well.
  const remapped = (res: RemapResult) => {
    setDisagreements(res.disagreements);
    void data.refresh();
  };

  const stats = useMemo(() => {
    const total = data.recs.length;
    const unreviewed = data.recs.filter((r) => r.reviewState === 'unreviewed');
    const low = unreviewed.filter((r) => r.lowConfidence);
    return { total, unreviewed: unreviewed.length, low: low.length, first: low[0]?.id ?? unreviewed[0]?.id };
  }, [data.recs]);

  if (!project) return null;
  const mapped = project.mappedAt !== null && data.recs.length > 0;
  const stale =
    mapped &&
    [...(documents ?? []), ...(outcome ? [outcome] : [])].some((d) => project.mappedAt !== null && d.createdAt > project.mappedAt);
  // Mapping while a file is still being read would map without it (the outcome above all).
  const reading = uploads.some((u) => u.state === 'uploading') || outcomeUpload?.state === 'uploading';
  const startReview = () =>
    navigate(routeHref(String(data.pid), 'review', { state: 'unreviewed', order: 'low-first', rec: stats.first }));

  return (
    <main className="page stack">
      <div className="page-head">
        <div>
          <h1>{project.name}</h1>
          <div className="sub">
            Codebook <strong>{project.codebook.name}</strong> · {project.documentCount} report{project.documentCount === 1 ? '' : 's'} ·{' '}
            {project.mappedAt ? `mapped ${formatWhen(project.mappedAt)}` : 'not mapped yet'}
          </div>
        </div>
      </div>

      {mapped && (
        <section className="hero" aria-label="Review">
          <div className="grow">
            <h2>
              {stats.unreviewed === 0 ? 'Every recommendation is reviewed' : `${stats.unreviewed} of ${stats.total} recommendations to review`}
            </h2>
            <p>
              {stats.low > 0
                ? `${stats.low} unreviewed recommendation${stats.low === 1 ? ' has' : 's have'} a low-confidence topic: start with those.`
                : 'Check the proposed topics, accept or reject them, and add what is missing.'}
              {disagreements.length > 0 && ` ${disagreements.length} disagreement${disagreements.length === 1 ? '' : 's'} with your decisions.`}
            </p>
          </div>
          <button ref={startButton} className="primary big" onClick={startReview} disabled={!stats.first}>
            Start review →
          </button>
        </section>
      )}

      {mapped && (
        <div className="stats">
          <Stat v={stats.total} k="recommendations" />
          <Stat v={project.reviewedCount} k="reviewed" />
          <Stat v={stats.low} k="unreviewed, low confidence" />
          <Stat v={disagreements.length} k="disagreements with your decisions" />
          <Stat v={data.recs.filter((r) => r.traceStatus === 'not-taken-up').length} k="not taken up in the declaration" />
        </div>
      )}

      <div className="grid-2">
        <section className="panel" aria-label="Reports">
          <div className="panel-head">
            <h2 className="grow">1. Regional reports</h2>
            <span className="muted small">.txt, .docx or .pdf</span>
          </div>
          <div className="panel-body">
            <Dropzone
              accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              multiple
              label="Choose reports…"
              testId="reports-drop"
              hint={canManage ? 'Re-uploading a report with the same symbol replaces it.' : 'Only an admin can upload reports.'}
              disabled={!canManage}
              onFiles={(files) => void uploadFiles(files)}
            />
            {uploads.some((u) => u.state !== 'done') && (
              <ul className="list" style={{ marginTop: 8 }}>
                {uploads.filter((u) => u.state !== 'done').map((u) => (
                  <li key={u.name} className="small" style={{ padding: '4px 0' }}>
                    {u.state === 'uploading' && <span className="spinner" />} {u.name}{' '}
                    {u.state === 'done' && <span className="badge ok">read</span>}
                    {u.state === 'failed' && <span className="save-state failed">⚠ {u.error}</span>}
                  </li>
                ))}
              </ul>
            )}
            <RoleGate ability="manage" as="div" quiet style={{ marginTop: 8 }}>
              {documents?.map((d) => (
                <DocumentRow key={d.id} pid={data.pid} doc={d} fresh={fresh.get(d.id)} onDeleted={() => void loadDocuments().then(data.refresh)} />
              ))}
              {documents?.length === 0 && <p className="muted small">No report yet.</p>}
            </RoleGate>
          </div>
        </section>

        <RoleGate ability="manage" as="div" className="stack">
          <CodebookPanel />
          <OutcomePanel outcome={outcome} onUpload={(file, symbol) => void uploadOutcome(file, symbol)} uploadState={outcomeUpload} />
          <RunPanel pid={data.pid} reading={reading} stale={stale} mapped={mapped} hasDocuments={(documents?.length ?? 0) > 0} onFinished={remapped} />
        </RoleGate>
      </div>

      <DisagreementsPanel pid={data.pid} disagreements={disagreements} />

      <div className="grid-2">
        <section className="panel" aria-label="Export">
          <div className="panel-head">
            <h2>Export</h2>
          </div>
          <div className="panel-body">
            <ExportButtons pid={data.pid} disabled={!mapped} />
            <p className="muted small" style={{ margin: '8px 0 0' }}>
              The annexes include every decision saved so far; the review log lists who decided what, when, and why.
            </p>
          </div>
        </section>
        <RecentDecisions pid={data.pid} history={history} />
      </div>
    </main>
  );
}
