// One uploaded report in the project's list: symbol, region, size, recommendations, and its
// parse messages beside it (fetched when opened unless the upload just returned them).
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { ApiMessage, DocumentSummary } from '../api/types.ts';
import { routeHref } from '../lib/router.ts';
import { message } from '../state/project-data.tsx';
import { useToasts } from '../state/toasts.tsx';
import { MessageList } from './message-list.tsx';

export function DocumentRow({ pid, doc, fresh, onDeleted }: { pid: number; doc: DocumentSummary; fresh: ApiMessage[] | undefined; onDeleted: () => void }) {
  const [messages, setMessages] = useState<ApiMessage[] | undefined>(fresh);
  const [open, setOpen] = useState(false);
  const toasts = useToasts();
  useEffect(() => setMessages(fresh), [fresh]);
  const warnings = (messages ?? []).filter((m) => m.severity !== 'info').length;
  return (
    <div className="doc-row" data-document={doc.symbol}>
      <div>
        <div className="title">
          <a href={routeHref(String(pid), 'document', { doc: String(doc.id) })}>{doc.symbol}</a>
          {doc.excluded !== undefined ? (
            <span className="badge info" title={doc.excluded} data-not-report>
              read, not a report
            </span>
          ) : (
            doc.symbolProvisional && <span className="badge warn" title="The symbol could not be read from the document">provisional symbol</span>
          )}{' '}
          <span className="muted small">{doc.region ?? doc.kind}</span>
        </div>
        <div className="small">{doc.title}</div>
        <div className="muted small">
          {doc.name} · {doc.format.toUpperCase()} · {(doc.size / 1024).toFixed(0)} KB · {doc.recommendationCount} recommendations
        </div>
      </div>
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <span className={`badge ${doc.messageCount === 0 ? 'ok' : warnings > 0 ? 'warn' : 'info'}`}>
          {doc.messageCount} message{doc.messageCount === 1 ? '' : 's'}
        </span>
        <button
          className="small ghost"
          aria-label={`Remove ${doc.symbol}`}
          title="Remove this report from the project"
          onClick={() => {
            if (!window.confirm(`Remove ${doc.symbol} (${doc.name}) from the project? Its review decisions stay in the log.`)) return;
            api.deleteDocument(pid, doc.id).then(onDeleted, (cause) => toasts.show({ kind: 'error', text: `Could not remove: ${message(cause)}` }));
          }}
        >
          ✕
        </button>
      </div>
      {doc.messageCount > 0 && (
        <details
          open={open}
          onToggle={(e) => {
            const isOpen = (e.target as HTMLDetailsElement).open;
            setOpen(isOpen);
            if (isOpen && !messages) api.document(pid, doc.id).then((v) => setMessages(v.messages), () => setMessages([]));
          }}
        >
          <summary>Parse messages</summary>
          {messages ? <MessageList messages={messages} limit={60} /> : <span className="spinner" />}
        </details>
      )}
    </div>
  );
}
