// Annex A on screen: per topic, per region, the recommendations with their citations and
// the evidence marked; regions with none say so. Click one to review it beside the text.
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import type { Narrative } from '../api/types.ts';
import { Highlighted } from '../components/highlighted.tsx';
import { ClosableReview } from '../components/closable-review.tsx';
import { useRoute, useSetParam } from '../lib/router.ts';
import { message, useProjectData } from '../state/project-data.tsx';

export function NarrativeView() {
  const data = useProjectData();
  const route = useRoute();
  const set = useSetParam();
  const sections = data.codebook?.codebook.sections ?? [];
  const section = route.params.get('section') ?? sections[0]?.id;
  const selected = route.params.get('rec') ?? undefined;
  const [narrative, setNarrative] = useState<Narrative | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!section) return;
    api.narrative(data.pid, { section }).then(
      (n) => {
        setNarrative(n);
        setError(null);
      },
      (cause) => setError(message(cause)),
    );
  }, [data.pid, section, data.version]);

  const regions = useMemo(() => [...new Set(data.recs.map((r) => r.region).filter((r): r is string => Boolean(r)))].sort(), [data.recs]);

  return (
    <main className="page">
      <div className="page-head">
        <div>
          <h1>Narrative</h1>
          <div className="sub">Annex A: the recommendations under each topic, region by region, with the words that place them there marked.</div>
        </div>
      </div>
      <div className="segmented" role="group" aria-label="Index section" style={{ marginBottom: 12 }}>
        {sections.map((s) => (
          <button key={s.id} aria-pressed={s.id === section} title={s.title} onClick={() => set('section', s.id)}>
            {s.id}
          </button>
        ))}
      </div>
      {error && <div className="alert error" role="alert">Could not load the narrative: {error}</div>}
      <div className={selected ? 'split-wide' : ''} style={selected ? { gridTemplateColumns: 'minmax(0, 1fr) 460px' } : undefined}>
        <div className="panel panel-body doc">
          {narrative?.sections.map((s) => (
            <section key={s.id}>
              <h2 style={{ marginTop: 0 }}>
                {s.id}. {s.title}
              </h2>
              {s.topics.map((t) => {
                const byRegion = new Map(t.regions.map((r) => [r.region, r.recommendations]));
                const order = [...new Set([...regions, ...t.regions.map((r) => r.region)])];
                return (
                  <section key={t.id} aria-label={`${t.id} ${t.label}`}>
                    <h3>
                      <span className="mono" style={{ marginRight: 8 }}>
                        {t.id}
                      </span>
                      {t.label}
                    </h3>
                    {order.map((region) => {
                      const entries = byRegion.get(region) ?? [];
                      return (
                        <div key={region} style={{ marginLeft: 12 }}>
                          <h4>{region}</h4>
                          {entries.length === 0 ? (
                            <p className="muted" style={{ fontStyle: 'italic' }}>
                              No recommendation.
                            </p>
                          ) : (
                            entries.map((e) => (
                              <div
                                key={e.id}
                                className={`item is-rec${selected === e.id ? ' selected' : ''}`}
                                style={{ gridTemplateColumns: '1fr' }}
                                role="button"
                                tabIndex={0}
                                onClick={() => set('rec', e.id)}
                                onKeyDown={(k) => k.key === 'Enter' && set('rec', e.id)}
                              >
                                <div>
                                  <Highlighted text={e.text} spans={e.evidence} />{' '}
                                  <span className="small" style={{ fontFamily: 'var(--font)', color: 'var(--ink-3)' }}>
                                    ({e.citation})
                                  </span>{' '}
                                  {e.status !== 'proposed' && <span className="badge ok">{e.status === 'added' ? 'added by a reviewer' : '✓ accepted'}</span>}
                                </div>
                              </div>
                            ))
                          )}
                        </div>
                      );
                    })}
                  </section>
                );
              })}
            </section>
          ))}
          {!narrative && !error && (
            <div className="empty">
              <span className="spinner" /> Loading…
            </div>
          )}
        </div>
        {selected && (
          <aside className="sticky">
            <ClosableReview rid={selected} onClose={() => set('rec', undefined)} showLinks={false} />
          </aside>
        )}
      </div>
    </main>
  );
}
