// Review queue: the filtered recommendations beside the one under review. The list is a
// snapshot taken when the filters change, so a reviewed item does not jump out of view.
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import { Filters, matchesFilters, readFilters } from '../components/filters.tsx';
import { ReviewWorkspace } from '../components/review-workspace.tsx';
import { useRoute, useSetParam } from '../lib/router.ts';
import { useProjectData } from '../state/project-data.tsx';

export function ReviewView() {
  const data = useProjectData();
  const route = useRoute();
  const setParam = useSetParam();
  const filters = readFilters(route.params);
  const scope = route.params.get('scope');
  const lowFirst = route.params.get('order') === 'low-first';
  const filterKey = JSON.stringify([filters, scope, lowFirst]);
  const [snapshot, setSnapshot] = useState<{ key: string; ids: string[]; size: number; tick: number } | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const build = async () => {
      let pool = data.recs;
      if (scope === 'disagreements') {
        const list = await api.disagreements(data.pid).catch(() => ({ disagreements: [] }));
        const ids = new Set(list.disagreements.map((d) => d.recommendationId));
        pool = pool.filter((r) => ids.has(r.id));
      }
      const matching = pool.filter((r) => matchesFilters(r, filters));
      // Low-confidence first (stable, so document order holds within each group).
      const ordered = lowFirst ? [...matching.filter((r) => r.lowConfidence), ...matching.filter((r) => !r.lowConfidence)] : matching;
      const ids = ordered.map((r) => r.id);
      if (!cancelled) setSnapshot({ key: filterKey, ids, size: data.recs.length, tick: generation });
    };
    if (!snapshot || snapshot.key !== filterKey || snapshot.size !== data.recs.length || snapshot.tick !== generation) void build();
    return () => {
      cancelled = true;
    };
    // Rebuild on filter change, a new set of recommendations, or an explicit refresh.
  }, [filterKey, data.recs.length, generation]);

  const ids = useMemo(() => snapshot?.ids ?? [], [snapshot]);
  const selected = route.params.get('rec') ?? undefined;
  const remaining = ids.filter((id) => data.recById.get(id)?.reviewState === 'unreviewed').length;

  return (
    <main className="page">
      <div className="page-head">
        <div>
          <h1>Review</h1>
          <div className="sub">
            {scope === 'disagreements' ? 'Recommendations where the machine now disagrees with a decision. ' : ''}
            {ids.length} recommendation{ids.length === 1 ? '' : 's'} in this list, {remaining} still unreviewed.
          </div>
        </div>
        <span className="spacer" />
        <button className="small" onClick={() => setGeneration((g) => g + 1)} title="Apply the filters again to the current review states">
          ↻ Refresh list
        </button>
      </div>
      <Filters values={filters}>
        <label className="checkbox">
          <input type="checkbox" checked={lowFirst} onChange={(e) => setParam('order', e.target.checked ? 'low-first' : undefined)} /> Low confidence first
        </label>
        {scope && (
          <button className="small" onClick={() => setParam('scope', undefined)}>
            Disagreements only ✕
          </button>
        )}
      </Filters>
      {data.recs.length === 0 ? (
        <div className="panel empty">No recommendation yet: upload reports and run the mapping on the Overview.</div>
      ) : (
        <ReviewWorkspace ids={ids} selected={selected} onSelect={(id) => setParam('rec', id)} emptyText="No recommendation matches these filters." />
      )}
    </main>
  );
}
