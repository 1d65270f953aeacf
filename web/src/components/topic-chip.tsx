// A topic as a small chip: id in mono, label, and its review status by colour and word.
import type { TopicInfo } from '../state/project-data.tsx';

export type ChipStatus = 'proposed' | 'accepted' | 'added' | 'rejected';

export function TopicChip({
  id,
  topic,
  status = 'proposed',
  low = false,
  compact = false,
}: {
  id: string;
  topic?: TopicInfo | undefined;
  status?: ChipStatus;
  low?: boolean;
  compact?: boolean;
}) {
  const title = [topic ? `${id} ${topic.label}` : id, status !== 'proposed' ? status : 'proposed by the machine', low ? 'low confidence' : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <span className={`chip ${status === 'proposed' ? '' : status}${low ? ' low' : ''}`} title={title}>
      <span className="chip-id">{id}</span>
      {!compact && topic && <span className="chip-label">{topic.label}</span>}
      {status === 'accepted' && <span className="chip-state" aria-label="accepted">✓</span>}
      {status === 'added' && <span className="chip-state" aria-label="added">+</span>}
      {status === 'rejected' && <span className="sr-only">rejected</span>}
    </span>
  );
}
