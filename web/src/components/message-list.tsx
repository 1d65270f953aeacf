// Parse messages (what was odd, where, which rule noticed it), beside the document they concern.
import type { ApiMessage } from '../api/types.ts';

export function placeText(m: ApiMessage): string {
  const parts: string[] = [];
  if (m.place.paragraph !== undefined) parts.push(`para. ${m.place.paragraph}${m.place.subparagraph ? ` (${m.place.subparagraph})` : ''}`);
  if (m.place.page !== undefined) parts.push(`page ${m.place.page}`);
  if (m.place.line !== undefined) parts.push(`line ${m.place.line}`);
  return parts.join(', ');
}

export function MessageList({ messages, limit, onPlace }: { messages: readonly ApiMessage[]; limit?: number; onPlace?: (paragraph: number) => void }) {
  if (messages.length === 0) return <p className="muted small">No parse messages: the document read cleanly.</p>;
  const shown = limit ? messages.slice(0, limit) : messages;
  return (
    <>
      <ul className="messages">
        {shown.map((m, i) => (
          <li key={i}>
            <span className={`badge ${m.severity === 'error' ? 'bad' : m.severity === 'warning' ? 'warn' : 'info'}`}>{m.severity}</span>
            <span>
              {m.reason}
              <div className="where">
                {onPlace && m.place.paragraph !== undefined ? (
                  <a
                    href={`#para-${m.place.paragraph}`}
                    onClick={(e) => {
                      e.preventDefault();
                      if (m.place.paragraph !== undefined) onPlace(m.place.paragraph);
                    }}
                  >
                    {placeText(m)}
                  </a>
                ) : (
                  placeText(m)
                )}
                {placeText(m) && ' · '}
                <code>{m.ruleId}</code>
              </div>
            </span>
          </li>
        ))}
      </ul>
      {limit && messages.length > limit && <p className="muted small">…and {messages.length - limit} more.</p>}
    </>
  );
}
