// A list of recommendations beside the one under review; j/k or arrows move through the list.
import { useEffect, useMemo } from 'react';
import { useProjectData } from '../state/project-data.tsx';
import { isTyping } from '../lib/typing.ts';
import { useAbilities } from '../state/session.tsx';
import { ReviewPanel } from './review-panel.tsx';
import { RoleGate } from './role-gate.tsx';
import { TopicChip } from './topic-chip.tsx';

export interface ReviewWorkspaceProps {
  readonly ids: readonly string[];
  readonly selected: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly title?: string;
  readonly emptyText?: string;
}

export function ReviewWorkspace({ ids, selected, onSelect, title, emptyText }: ReviewWorkspaceProps) {
  const data = useProjectData();
  const canDecide = useAbilities().decide;
  const current = selected && ids.includes(selected) ? selected : ids[0];
  const index = current ? ids.indexOf(current) : -1;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      let next: number | undefined;
      if (e.key === 'j' || e.key === 'ArrowDown') next = index + 1;
      else if (e.key === 'k' || e.key === 'ArrowUp') next = index - 1;
      if (next === undefined) return;
      e.preventDefault();
      const id = ids[Math.max(0, Math.min(ids.length - 1, next))];
      if (id) onSelect(id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ids, index, onSelect]);

  const reviewed = useMemo(() => ids.filter((id) => data.recById.get(id)?.reviewState === 'reviewed').length, [ids, data.recById]);

  if (ids.length === 0) return <div className="panel empty">{emptyText ?? 'No recommendation here.'}</div>;
  return (
    <div className="split">
      <nav className="panel sticky" aria-label="Recommendations">
        <div className="panel-head">
          <h3 className="grow">{title ?? 'Recommendations'}</h3>
          <span className="muted small">
            {reviewed}/{ids.length} reviewed
          </span>
        </div>
        <ul className="list">
          {ids.map((id) => {
            const r = data.recById.get(id);
            return (
              <li key={id}>
                <button
                  aria-current={id === current}
                  ref={id === current ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
                  onClick={() => onSelect(id)}
                >
                  <div className="line1">
                    <strong>{r?.citation.replace(/^.*?, /, '') ?? id}</strong>
                    <span className="muted">{r?.region ?? ''}</span>
                    <span className="spacer" />
                    {r?.lowConfidence && <span className="badge warn" title="low confidence">low</span>}
                    {r?.reviewState === 'reviewed' ? <span className="badge ok">✓</span> : null}
                  </div>
                  <div className="line2">{r?.text ?? ''}</div>
                  <div className="chips" style={{ marginTop: 3 }}>
                    {r?.topics.map((t) => <TopicChip key={t.id} id={t.id} status={t.status} low={t.lowConfidence} compact />)}
                  </div>
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      <div>
        {current && (
          <RoleGate ability="decide">
            <ReviewPanel key={current} rid={current} active={canDecide} selected />
          </RoleGate>
        )}
        <p className="muted small" style={{ marginTop: 8 }}>
          {index + 1} of {ids.length} · <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>t</kbd> add topic · <kbd>n</kbd> note · <kbd>?</kbd> all shortcuts
        </p>
      </div>
    </div>
  );
}
