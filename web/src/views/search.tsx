// Full-text search over every paragraph and recommendation, as you type (debounced calls to
// the API), with the filters of the review queue; matched terms are marked.
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import type { SearchResult } from '../api/types.ts';
import { Filters, readFilters } from '../components/filters.tsx';
import { Highlighted } from '../components/highlighted.tsx';
import { ClosableReview } from '../components/closable-review.tsx';
import { TopicChip } from '../components/topic-chip.tsx';
import { termSpans } from '../lib/segments.ts';
import { routeHref, useRoute, useSetParam } from '../lib/router.ts';
import { message, useProjectData } from '../state/project-data.tsx';

export function SearchView() {
  const data = useProjectData();
  const route = useRoute();
  const set = useSetParam();
  const filters = readFilters(route.params);
  const kindParam = route.params.get('kind');
  const kind = kindParam === 'recommendation' || kindParam === 'paragraph' ? kindParam : undefined;
  const [q, setQ] = useState(route.params.get('q') ?? '');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selected = route.params.get('rec') ?? undefined;
  const input = useRef<HTMLInputElement>(null);
  const filterKey = JSON.stringify([filters, kind]);
  const seq = useRef(0);

  useEffect(() => {
    input.current?.focus();
  }, []);

  useEffect(() => {
    const id = ++seq.current;
    const timer = window.setTimeout(() => {
      set('q', q || undefined);
      const hasFilter = Object.values(filters).some((v) => v !== undefined);
      if (!q.trim() && !hasFilter) {
        setResult(null);
        return;
      }
      setBusy(true);
      api
        .search(data.pid, {
          q,
          limit: 100,
          ...(filters.region ? { region: filters.region } : {}),
          ...(filters.section ? { section: filters.section } : {}),
          ...(filters.topic ? { topic: filters.topic } : {}),
          ...(filters.state ? { state: filters.state } : {}),
          ...(filters.low ? { lowConfidence: 'true' as const } : {}),
          ...(kind ? { kind } : {}),
        })
        .then(
          (r) => {
            if (id !== seq.current) return;
            setResult(r);
            setError(null);
          },
          (cause) => id === seq.current && setError(message(cause)),
        )
        .finally(() => id === seq.current && setBusy(false));
    }, 180);
    return () => window.clearTimeout(timer);
  }, [q, filterKey, data.pid, data.version]);

  const terms = useMemo(() => q.split(/\s+/).filter((w) => w.length >= 2), [q]);

  return (
    <main className="page">
      <div className="page-head">
        <div>
          <h1>Search</h1>
          <div className="sub">Every paragraph and recommendation of the project's reports. Results update as you type.</div>
        </div>
      </div>
      <div className="row" style={{ marginBottom: 10 }}>
        <input
          ref={input}
          type="search"
          aria-label="Search text"
          placeholder="e.g. restorative justice, cybercrime, victims of trafficking…"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && (e.target as HTMLInputElement).blur()}
          style={{ flex: 1, fontSize: 16, padding: '9px 12px' }}
        />
        <div className="segmented" role="group" aria-label="Kind">
          {[
            ['', 'All'],
            ['recommendation', 'Recommendations'],
            ['paragraph', 'Paragraphs'],
          ].map(([value, label]) => (
            <button key={value} aria-pressed={(kind ?? '') === value} onClick={() => set('kind', value)}>
              {label}
            </button>
          ))}
        </div>
      </div>
      <Filters values={filters} />
      {error && <div className="alert error" role="alert">Search failed: {error}</div>}
      <div className={selected ? 'split-wide' : ''} style={selected ? { gridTemplateColumns: 'minmax(0, 1fr) 460px' } : undefined}>
        <section className="panel" aria-label="Results">
          <div className="panel-head">
            <h3 className="grow">{result ? `${result.total} result${result.total === 1 ? '' : 's'}${result.total > result.hits.length ? ` (first ${result.hits.length})` : ''}` : 'Type to search'}</h3>
            {busy && <span className="spinner" aria-label="Searching" />}
          </div>
          {result?.hits.length === 0 && <div className="empty">Nothing matches. Try fewer words or clear a filter.</div>}
          <ul className="list" data-testid="search-results">
            {result?.hits.map((h) => {
              const spans = termSpans(h.text, h.terms.length ? h.terms : terms);
              return (
                <li key={`${h.kind}-${h.documentId}-${h.id}`}>
                  {h.kind === 'recommendation' ? (
                    <button aria-current={selected === h.id} onClick={() => set('rec', h.id)}>
                      <div className="line1">
                        <strong>{h.citation}</strong>
                        <span className="muted">{h.region}</span>
                        <span className="spacer" />
                        <span className="badge info">recommendation</span>
                        {h.reviewState === 'reviewed' && <span className="badge ok">reviewed</span>}
                      </div>
                      <div style={{ fontSize: 13.5, margin: '2px 0' }}>
                        <Highlighted text={h.text} spans={spans} kind="match" />
                      </div>
                      <div className="chips">
                        {h.topics?.map((t) => <TopicChip key={t} id={t} topic={data.topicById.get(t)} compact />)}
                      </div>
                    </button>
                  ) : (
                    <a href={routeHref(String(data.pid), 'document', { doc: String(h.documentId) })}>
                      <div className="line1">
                        <strong>{h.citation}</strong>
                        <span className="muted">{h.region}</span>
                        <span className="spacer" />
                        <span className="badge">paragraph</span>
                      </div>
                      <div style={{ fontSize: 13.5, margin: '2px 0' }}>
                        <Highlighted text={h.text} spans={spans} kind="match" />
                      </div>
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
        {selected && (
          <aside className="sticky">
            <ClosableReview rid={selected} onClose={() => set('rec', undefined)} />
          </aside>
        )}
      </div>
    </main>
  );
}
