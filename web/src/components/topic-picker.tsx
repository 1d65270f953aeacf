// Searchable picker over the codebook's topics: type to filter, arrows to move, Enter to add.
import { useMemo, useState } from 'react';
import type { TopicInfo } from '../state/project-data.tsx';
import { Dialog } from './dialog.tsx';

export interface TopicPickerProps {
  readonly open: boolean;
  readonly topics: readonly TopicInfo[];
  /** Topics already on the recommendation (shown, not offered). */
  readonly exclude: readonly string[];
  readonly onPick: (topic: TopicInfo) => void;
  readonly onClose: () => void;
}

export function filterTopics(topics: readonly TopicInfo[], query: string): TopicInfo[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...topics];
  return topics.filter((t) => {
    const hay = `${t.id} ${t.label} ${t.sectionTitle} ${t.description}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export function TopicPicker({ open, topics, exclude, onPick, onClose }: TopicPickerProps) {
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const matches = useMemo(() => filterTopics(topics, query).filter((t) => !exclude.includes(t.id)), [topics, query, exclude]);
  const choose = (topic: TopicInfo | undefined) => {
    if (!topic) return;
    onPick(topic);
    setQuery('');
    setCursor(0);
  };
  return (
    <Dialog open={open} title="Add a topic" onClose={onClose}>
      <input
        type="search"
        autoFocus
        aria-label="Find a topic"
        placeholder="Type an id (D7) or words (restorative justice)…"
        value={query}
        style={{ width: '100%' }}
        onChange={(e) => {
          setQuery(e.target.value);
          setCursor(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setCursor((c) => Math.min(c + 1, matches.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setCursor((c) => Math.max(c - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(matches[cursor]);
          }
        }}
      />
      <ul className="picker-list" role="listbox" aria-label="Topics">
        {matches.map((t, i) => (
          <li
            key={t.id}
            role="option"
            aria-selected={i === cursor}
            ref={i === cursor ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
            onMouseEnter={() => setCursor(i)}
            onClick={() => choose(t)}
          >
            <span className="chip-id mono">{t.id}</span>
            <span className="grow">
              {t.label}
              <br />
              <span className="sect">{t.sectionTitle}</span>
            </span>
          </li>
        ))}
        {matches.length === 0 && <li className="muted">No topic matches “{query}”.</li>}
      </ul>
    </Dialog>
  );
}
