// The recommendation filters shared by Review and Search: region, index section, topic,
// review state, low confidence. Values live in the URL so a filtered view can be shared.
import type { ReactNode } from 'react';
import type { RecommendationSummary } from '../api/types.ts';
import { useSetParam } from '../lib/router.ts';
import { useProjectData } from '../state/project-data.tsx';
import { clip } from '../lib/segments.ts';

export interface FilterValues {
  readonly region?: string | undefined;
  readonly section?: string | undefined;
  readonly topic?: string | undefined;
  readonly state?: 'unreviewed' | 'reviewed' | undefined;
  readonly low?: boolean | undefined;
}

export function readFilters(params: URLSearchParams): FilterValues {
  const state = params.get('state');
  return {
    region: params.get('region') ?? undefined,
    section: params.get('section') ?? undefined,
    topic: params.get('topic') ?? undefined,
    state: state === 'unreviewed' || state === 'reviewed' ? state : undefined,
    low: params.get('low') === '1' ? true : undefined,
  };
}

export function matchesFilters(r: RecommendationSummary, f: FilterValues): boolean {
  if (f.region && r.region !== f.region) return false;
  if (f.section && !r.topics.some((t) => t.section === f.section)) return false;
  if (f.topic && !r.topics.some((t) => t.id === f.topic)) return false;
  if (f.state && r.reviewState !== f.state) return false;
  if (f.low && !r.lowConfidence) return false;
  return true;
}

export function Filters({ values, children }: { values: FilterValues; children?: ReactNode }) {
  const data = useProjectData();
  const set = useSetParam();
  const regions = [...new Set(data.recs.map((r) => r.region).filter((r): r is string => Boolean(r)))].sort();
  const sections = data.codebook?.codebook.sections ?? [];
  const topics = data.topics.filter((t) => !values.section || t.section === values.section);
  return (
    <div className="filters" role="group" aria-label="Filters">
      {children}
      <select aria-label="Region" value={values.region ?? ''} onChange={(e) => set('region', e.target.value)}>
        <option value="">All regions</option>
        {regions.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <select
        aria-label="Index section"
        value={values.section ?? ''}
        onChange={(e) => {
          set('section', e.target.value);
          set('topic', undefined);
        }}
      >
        <option value="">All sections</option>
        {sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.id}. {clip(s.title, 50)}
          </option>
        ))}
      </select>
      <select aria-label="Topic" value={values.topic ?? ''} onChange={(e) => set('topic', e.target.value)}>
        <option value="">All topics</option>
        {topics.map((t) => (
          <option key={t.id} value={t.id}>
            {t.id} {clip(t.label, 60)}
          </option>
        ))}
      </select>
      <select aria-label="Review state" value={values.state ?? ''} onChange={(e) => set('state', e.target.value)}>
        <option value="">Any review state</option>
        <option value="unreviewed">Unreviewed</option>
        <option value="reviewed">Reviewed</option>
      </select>
      <label className="checkbox">
        <input type="checkbox" checked={Boolean(values.low)} onChange={(e) => set('low', e.target.checked ? '1' : undefined)} /> Low confidence only
      </label>
    </div>
  );
}
