// Tracing into the declaration: a recommendation beside the paragraphs that took it up
// (shared phrases marked on both sides, links editable), coverage per region and per
// topic, and the recommendations not taken up.
import { placeKey, placeLabel } from '../lib/paragraph-place.ts';
import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import type { TraceView as TraceData } from '../api/types.ts';
import { DataTable } from '../components/data-table.tsx';
import { Highlighted } from '../components/highlighted.tsx';
import { LinkEditor } from '../components/link-editor.tsx';
import { isTyping } from '../lib/typing.ts';
import { SaveState, TraceBadge } from '../components/save-state.tsx';
import { TopicChip } from '../components/topic-chip.tsx';
import { routeHref, useRoute, useSetParam } from '../lib/router.ts';
import { message, useProjectData } from '../state/project-data.tsx';
import { RoleGate } from '../components/role-gate.tsx';
import { precedentLabel } from '../../../src/model/precedent-label.ts';

type CoverageRow = TraceData['coverage']['byRegion'][number];

export function TraceView() {
  const data = useProjectData();
  const route = useRoute();
  const set = useSetParam();
  const [trace, setTrace] = useState<TraceData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tab = route.params.get('tab') ?? 'pair';

  useEffect(() => {
    api.trace(data.pid).then(
      (t) => {
        setTrace(t);
        setError(null);
      },
      (cause) => setError(message(cause)),
    );
  }, [data.pid, data.version]);

  if (!data.project?.hasOutcome)
    return (
      <main className="page">
        <div className="panel empty">
          No outcome document yet. Upload the congress report on the <a href={routeHref(String(data.pid), 'overview')}>Overview</a>, then run the mapping and tracing.
        </div>
      </main>
    );

  return (
    <main className="page">
      <div className="page-head">
        <div>
          <h1>Trace</h1>
          <div className="sub">{trace ? `Into ${trace.outcome.symbol}: ${trace.outcome.title}` : 'Where each recommendation went in the outcome document.'}</div>
        </div>
        <span className="spacer" />
        <div className="segmented" role="tablist" aria-label="Trace views">
          {[
            ['pair', 'Side by side'],
            ['coverage', 'Coverage'],
            ['missing', `Not taken up${trace ? ` (${trace.notTakenUp.length})` : ''}`],
          ].map(([id, label]) => (
            <button key={id} role="tab" aria-selected={tab === id} aria-pressed={tab === id} onClick={() => set('tab', id)}>
              {label}
            </button>
          ))}
        </div>
      </div>
      {error && <div className="alert error" role="alert">Could not load the trace: {error}</div>}
      {!trace && !error && (
        <div className="empty">
          <span className="spinner" /> Loading…
        </div>
      )}
      {trace && tab === 'pair' && <SideBySide trace={trace} />}
      {trace && tab === 'coverage' && <Coverage trace={trace} />}
      {trace && tab === 'missing' && <NotTakenUp trace={trace} />}
    </main>
  );
}

function SideBySide({ trace }: { trace: TraceData }) {
  const data = useProjectData();
  const route = useRoute();
  const set = useSetParam();
  const status = route.params.get('status') ?? '';
  const ids = useMemo(() => data.recs.filter((r) => !status || r.traceStatus === status).map((r) => r.id), [data.recs, status]);
  const rid = route.params.get('rec') ?? ids[0];
  const index = rid ? ids.indexOf(rid) : -1;
  const detail = rid ? data.details.get(rid) : undefined;
  const rec = rid ? (detail ?? data.recById.get(rid)) : undefined;

  useEffect(() => {
    if (rid) void data.loadDetail(rid);
  }, [rid]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const step = e.key === 'j' || e.key === 'ArrowDown' ? 1 : e.key === 'k' || e.key === 'ArrowUp' ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      const next = ids[Math.max(0, Math.min(ids.length - 1, index + step))];
      if (next) set('rec', next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ids, index, set]);

  const recSpans = detail ? detail.links.flatMap((l) => l.evidence.recommendation.map((s) => ({ start: s.start, end: s.end, tag: placeLabel(l) }))) : [];
  const byPlace = new Map(trace.paragraphs.map((p) => [placeKey({ paragraph: p.number, part: p.part }), p]));

  return (
    <>
      <div className="filters">
        <select aria-label="Trace status" value={status} onChange={(e) => set('status', e.target.value)}>
          <option value="">All recommendations</option>
          <option value="strong">Strong uptake</option>
          <option value="partial">Partial uptake</option>
          <option value="not-taken-up">Not taken up</option>
        </select>
        <select aria-label="Recommendation" value={rid ?? ''} onChange={(e) => set('rec', e.target.value)} style={{ maxWidth: 460 }}>
          {ids.map((id) => (
            <option key={id} value={id}>
              {data.recById.get(id)?.citation ?? id}
            </option>
          ))}
        </select>
        <span className="muted small">
          {index + 1} of {ids.length} · <kbd>j</kbd>/<kbd>k</kbd> to move
        </span>
      </div>
      {rec ? (
        <div className="trace-pair">
          <section className="panel panel-body" aria-label="Recommendation">
            <div className="rec-head">
              <span className="rec-cite">{rec.citation}</span>
              <span className="rec-region">{rec.region}</span>
              <span className="spacer" />
              {rec.traceStatus && <TraceBadge status={rec.traceStatus} />}
            </div>
            {rec.leadIn && <div className="rec-leadin">{rec.leadIn}</div>}
            <div className="rec-text">
              <Highlighted text={rec.text} spans={recSpans} kind="trace" />
            </div>
            <div className="chips" style={{ marginTop: 8 }}>
              {rec.topics.map((t) => (
                <TopicChip key={t.id} id={t.id} topic={data.topicById.get(t.id)} status={t.status} />
              ))}
            </div>
            {detail && (
              <RoleGate ability="decide">
                <LinkEditor
                  detail={detail}
                  paragraphs={trace.paragraphs}
                  statuses={data.statuses.get(detail.id) ?? []}
                  onDecide={(input) => data.decide(detail.id, input).then(() => undefined)}
                />
              </RoleGate>
            )}
            <p className="small" style={{ marginTop: 10 }}>
              <a href={routeHref(String(data.pid), 'review', { rec: rec.id })}>Review its topics →</a>
            </p>
          </section>
          <section aria-label="Declaration paragraphs">
            {!detail && <span className="spinner" />}
            {detail && detail.links.length === 0 && <div className="panel empty">Not taken up in the declaration.</div>}
            {detail?.links.map((l) => {
              const para = byPlace.get(placeKey(l));
              return (
                <div key={placeKey(l)} className="outcome-para">
                  <div className="row">
                    <strong className="small">{l.citation}</strong>
                    <span className={`badge ${l.strength === 'strong' ? 'ok' : 'info'}`}>{l.strength}</span>
                    <span className="spacer" />
                    <SaveState status={(data.statuses.get(detail.id) ?? []).find((s) => s.key === `link:${placeKey(l)}`)} />
                  </div>
                  {para && para.headings.length > 0 && <div className="heads">{para.headings.join(' › ')}</div>}
                  <div className="rec-text">
                    <Highlighted text={l.outcomeText} spans={l.evidence.outcome} kind="trace" />
                  </div>
                  {l.precedent && (
                    <div className="muted small" style={{ marginTop: 6 }}>
                      {precedentLabel(l.precedent)}
                    </div>
                  )}
                  {para && para.reverse.length > 1 && <div className="muted small" style={{ marginTop: 6 }}>Also takes up {para.reverse.length - 1} other recommendation{para.reverse.length === 2 ? '' : 's'}.</div>}
                </div>
              );
            })}
          </section>
        </div>
      ) : (
        <div className="panel empty">No recommendation with this status.</div>
      )}
    </>
  );
}

const col = createColumnHelper<CoverageRow>();

function Coverage({ trace }: { trace: TraceData }) {
  const data = useProjectData();
  const columns = useMemo(
    () => [
      col.accessor('label', {
        header: 'Name',
        cell: (c) => (
          <span>
            {c.row.original.key !== c.getValue() && <code style={{ marginRight: 6 }}>{c.row.original.key}</code>}
            {c.getValue()}
          </span>
        ),
      }),
      col.accessor('total', { header: 'Recommendations' }),
      col.accessor('strong', { header: 'Strong' }),
      col.accessor('partial', { header: 'Partial' }),
      col.accessor('notTakenUp', { header: 'Not taken up' }),
      col.accessor((r) => (r.total ? (r.strong + r.partial) / r.total : 0), {
        id: 'share',
        header: 'Taken up',
        cell: (c) => {
          const r = c.row.original;
          return (
            <div className="row" style={{ flexWrap: 'nowrap' }}>
              <div className="bar" aria-hidden>
                <div className="strong" style={{ width: `${pct(r.strong, r.total)}%` }} />
                <div className="partial" style={{ width: `${pct(r.partial, r.total)}%` }} />
                <div className="none" style={{ width: `${pct(r.notTakenUp, r.total)}%` }} />
              </div>
              <span className="small">{Math.round(c.getValue() * 100)}%</span>
            </div>
          );
        },
      }),
    ],
    [],
  );
  const byTopic = trace.coverage.byTopic.map((r) => ({ ...r, label: data.topicById.get(r.key)?.label ?? r.label }));
  const numeric = ['total', 'strong', 'partial', 'notTakenUp'];
  return (
    <div className="stack">
      <section className="panel">
        <div className="panel-head">
          <h2>By region</h2>
        </div>
        <DataTable label="Coverage by region" data={trace.coverage.byRegion} columns={columns} numeric={numeric} />
      </section>
      <section className="panel">
        <div className="panel-head">
          <h2>By topic</h2>
        </div>
        <DataTable label="Coverage by topic" data={byTopic} columns={columns} numeric={numeric} initialSort={[{ id: 'share', desc: false }]} />
      </section>
    </div>
  );
}

function pct(n: number, total: number): number {
  return total ? (100 * n) / total : 0;
}

function NotTakenUp({ trace }: { trace: TraceData }) {
  const data = useProjectData();
  return (
    <section className="panel">
      <div className="panel-head">
        <h2 className="grow">Recommendations not taken up</h2>
        <span className="badge bad">{trace.notTakenUp.length}</span>
      </div>
      {trace.notTakenUp.length === 0 && <div className="empty">Every recommendation was taken up somewhere.</div>}
      <ul className="list">
        {trace.notTakenUp.map((r) => (
          <li key={r.id}>
            <a href={routeHref(String(data.pid), 'trace', { tab: 'pair', rec: r.id })}>
              <div className="line1">
                <strong>{r.citation}</strong>
                <span className="muted">{r.region}</span>
              </div>
              <div className="line2">{r.text}</div>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
