// Annex B on screen: topics x regions per index section as a heatmap; a cell opens its
// recommendations for review.
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import type { Matrix } from '../api/types.ts';
import { ReviewWorkspace } from '../components/review-workspace.tsx';
import { heatColour } from '../lib/colour.ts';
import { scrollBehavior, useRoute, useSetParam } from '../lib/router.ts';
import { message, useProjectData } from '../state/project-data.tsx';

export function MatrixView() {
  const data = useProjectData();
  const route = useRoute();
  const set = useSetParam();
  const [matrix, setMatrix] = useState<Matrix | null>(null);
  const [error, setError] = useState<string | null>(null);
  const below = useRef<HTMLDivElement>(null);
  const topic = route.params.get('topic') ?? undefined;
  const region = route.params.get('region') ?? undefined;
  const sectionParam = route.params.get('section') ?? undefined;

  useEffect(() => {
    api.matrix(data.pid).then(
      (m) => {
        setMatrix(m);
        setError(null);
      },
      (cause) => setError(message(cause)),
    );
  }, [data.pid, data.version]);

  const section = sectionParam ?? matrix?.sections[0]?.id;
  const shown = matrix?.sections.filter((s) => section === 'all' || s.id === section) ?? [];
  const max = useMemo(() => Math.max(1, ...shown.flatMap((s) => s.topics.flatMap((t) => t.cells.map((c) => c.count)))), [shown]);

  // The cell's ids are kept while reviewing, so a rejected topic does not empty the list under the reviewer.
  const [cellIds, setCellIds] = useState<{ key: string; ids: string[] } | null>(null);
  const cellKey = topic ? `${topic}|${region ?? ''}` : '';
  useEffect(() => {
    if (!matrix || !topic) return;
    if (cellIds?.key === cellKey) return;
    const row = matrix.sections.flatMap((s) => s.topics).find((t) => t.id === topic);
    const ids = region ? (row?.cells.find((c) => c.region === region)?.recommendationIds ?? []) : [...new Set(row?.cells.flatMap((c) => c.recommendationIds) ?? [])];
    setCellIds({ key: cellKey, ids });
  }, [matrix, cellKey]);

  const open = (t: string, r: string | undefined) => {
    set('topic', t);
    set('region', r);
    set('rec', undefined);
    window.setTimeout(() => below.current?.scrollIntoView({ behavior: scrollBehavior(), block: 'start' }), 50);
  };

  if (error) return <main className="page"><div className="alert error" role="alert">Could not load the matrix: {error}</div></main>;
  if (!matrix) return <main className="page"><div className="empty"><span className="spinner" /> Loading matrix…</div></main>;
  if (data.recs.length === 0) return <main className="page"><div className="panel empty">No recommendation yet: upload reports and run the mapping on the Overview.</div></main>;

  const topicInfo = topic ? data.topicById.get(topic) : undefined;
  return (
    <main className="page">
      <div className="page-head">
        <div>
          <h1>Matrix</h1>
          <div className="sub">Recommendations per topic and region (Annex B). Click a count to review those recommendations.</div>
        </div>
        <span className="spacer" />
        <Legend max={max} />
      </div>
      <div className="segmented" role="group" aria-label="Index section" style={{ marginBottom: 12 }}>
        {matrix.sections.map((s) => (
          <button key={s.id} aria-pressed={s.id === section} title={s.title} onClick={() => set('section', s.id)}>
            {s.id}
          </button>
        ))}
        <button aria-pressed={section === 'all'} onClick={() => set('section', 'all')}>
          All
        </button>
      </div>
      <div className="panel" style={{ padding: '4px 12px 12px' }}>
        <table className="heatmap" aria-label="Topics by region">
          <thead>
            <tr>
              <th className="topic">Topic</th>
              {matrix.regions.map((r) => (
                <th key={r} scope="col">
                  {r}
                </th>
              ))}
              <th scope="col" style={{ width: 64 }}>
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <SectionRows key={s.id} section={s} regions={matrix.regions} max={max} topic={topic} region={region} onOpen={open} />
            ))}
          </tbody>
        </table>
        {matrix.unassigned.length > 0 && (
          <p className="small muted" style={{ margin: '10px 0 0' }}>
            {matrix.unassigned.length} recommendation{matrix.unassigned.length === 1 ? ' has' : 's have'} no topic:{' '}
            <a href={`#/p/${data.pid}/review?rec=${encodeURIComponent(matrix.unassigned[0] ?? '')}`}>review them</a>.
          </p>
        )}
      </div>
      <div ref={below} style={{ marginTop: 16, scrollMarginTop: 64 }}>
        {topic && cellIds && (
          <>
            <h2>
              <span className="mono">{topic}</span> {topicInfo?.label} {region ? `· ${region}` : '· all regions'}
            </h2>
            <ReviewWorkspace
              ids={cellIds.ids}
              selected={route.params.get('rec') ?? undefined}
              onSelect={(id) => set('rec', id)}
              title={`${cellIds.ids.length} in this cell`}
              emptyText="No recommendation in this cell."
            />
          </>
        )}
      </div>
    </main>
  );
}

function SectionRows({
  section,
  regions,
  max,
  topic,
  region,
  onOpen,
}: {
  section: Matrix['sections'][number];
  regions: readonly string[];
  max: number;
  topic: string | undefined;
  region: string | undefined;
  onOpen: (topic: string, region: string | undefined) => void;
}) {
  return (
    <>
      <tr className="section-row">
        <th colSpan={regions.length + 2} scope="rowgroup">
          {section.id}. {section.title}
        </th>
      </tr>
      {section.topics.map((t) => (
        <tr key={t.id}>
          <th className="topic" scope="row" title={t.label}>
            <span className="chip-id">{t.id}</span>
            {t.label}
          </th>
          {regions.map((r) => {
            const cell = t.cells.find((c) => c.region === r);
            const count = cell?.count ?? 0;
            const colour = heatColour(count, max);
            return (
              <td key={r}>
                <button
                  className={count === 0 ? 'zero' : ''}
                  style={count > 0 ? { background: colour.background, color: colour.color } : undefined}
                  aria-pressed={topic === t.id && region === r}
                  aria-label={`${t.id} ${r}: ${count} recommendation${count === 1 ? '' : 's'}`}
                  disabled={count === 0}
                  onClick={() => onOpen(t.id, r)}
                >
                  {count === 0 ? '·' : count}
                </button>
              </td>
            );
          })}
          <td>
            <button className={t.total === 0 ? 'zero' : ''} aria-pressed={topic === t.id && !region} disabled={t.total === 0} onClick={() => onOpen(t.id, undefined)} aria-label={`${t.id} all regions: ${t.total}`}>
              {t.total}
            </button>
          </td>
        </tr>
      ))}
    </>
  );
}

function Legend({ max }: { max: number }) {
  const steps = [1, Math.ceil(max / 4), Math.ceil(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  return (
    <div className="legend" aria-hidden>
      fewer
      {steps.map((v) => (
        <span key={v} className="swatch" style={{ background: heatColour(v, max).background }} title={String(v)} />
      ))}
      more
    </div>
  );
}
