// A report as read: headings, numbered paragraphs, lettered items; recommendations marked
// with their topic chips; footnotes and parse messages beside. Click a recommendation to review it.
import { Fragment, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client.ts';
import type { DocumentSummary, DocumentView as DocumentData, RecommendationSummary } from '../api/types.ts';
import { Highlighted } from '../components/highlighted.tsx';
import { MessageList } from '../components/message-list.tsx';
import { ClosableReview } from '../components/closable-review.tsx';
import { TopicChip } from '../components/topic-chip.tsx';
import { scrollBehavior, useRoute, useSetParam } from '../lib/router.ts';
import { message, useProjectData } from '../state/project-data.tsx';

export function DocumentView() {
  const data = useProjectData();
  const route = useRoute();
  const set = useSetParam();
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [doc, setDoc] = useState<DocumentData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const docParam = route.params.get('doc');
  const did = docParam ? Number(docParam) : documents[0]?.id;
  const selected = route.params.get('rec') ?? undefined;

  useEffect(() => {
    api.documents(data.pid).then((l) => setDocuments(l.documents), (cause) => setError(message(cause)));
  }, [data.pid]);
  useEffect(() => {
    if (did === undefined) return;
    setDoc(null);
    api.document(data.pid, did).then(
      (d) => {
        setDoc(d);
        setError(null);
      },
      (cause) => setError(message(cause)),
    );
  }, [data.pid, did]);

  return (
    <main className="page">
      <div className="page-head">
        <div>
          <h1>Documents</h1>
          <div className="sub">Each report as Concord read it. Recommendations are marked in blue with their topics; click one to review it.</div>
        </div>
        <span className="spacer" />
        <select aria-label="Document" value={did ?? ''} onChange={(e) => set('doc', e.target.value)}>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.symbol} — {d.region ?? d.title}
            </option>
          ))}
        </select>
      </div>
      {error && <div className="alert error" role="alert">{error}</div>}
      {documents.length === 0 && !error && <div className="panel empty">No report yet: upload one on the Overview.</div>}
      {doc && <DocumentBody doc={doc} selected={selected} onSelect={(id) => set('rec', id)} />}
      {!doc && documents.length > 0 && !error && (
        <div className="empty">
          <span className="spinner" /> Loading document…
        </div>
      )}
    </main>
  );
}

function DocumentBody({ doc, selected, onSelect }: { doc: DocumentData; selected: string | undefined; onSelect: (id: string | undefined) => void }) {
  const data = useProjectData();
  const recByCitation = useMemo(() => {
    const map = new Map<string, RecommendationSummary>();
    for (const r of doc.recommendations) map.set(r.citation, data.recById.get(r.id) ?? r);
    return map;
  }, [doc, data.recById]);
  const messagesByPara = useMemo(() => {
    const map = new Map<number, number>();
    for (const m of doc.messages) if (m.place.paragraph !== undefined) map.set(m.place.paragraph, (map.get(m.place.paragraph) ?? 0) + 1);
    return map;
  }, [doc]);
  const headingIndex = useMemo(() => new Map(doc.headings.map((h, i) => [h.id, i])), [doc]);

  let nextHeading = 0;
  const body = doc.paragraphs.map((p) => {
    const headings: DocumentData['headings'] = [];
    const at = p.headingId ? headingIndex.get(p.headingId) : undefined;
    if (at !== undefined && at >= nextHeading) {
      headings.push(...doc.headings.slice(nextHeading, at + 1));
      nextHeading = at + 1;
    }
    const paraRec = p.citation ? recByCitation.get(p.citation) : undefined;
    return (
      <Fragment key={p.id}>
        {headings.map((h) => {
          const Tag = h.level <= 1 ? 'h2' : h.level === 2 ? 'h3' : 'h4';
          return (
            <Tag key={h.id} id={`h-${h.id}`}>
              {h.text}
            </Tag>
          );
        })}
        <div className={`para${paraRec ? ' item is-rec' : ''}${paraRec && selected === paraRec.id ? ' selected' : ''}`} id={p.number !== null ? `para-${p.number}` : undefined} onClick={paraRec ? () => onSelect(paraRec.id) : undefined}>
          <span className="para-num">
            {p.number !== null ? `${p.number}.` : ''}
            {p.number !== null && messagesByPara.has(p.number) && (
              <span title={`${messagesByPara.get(p.number)} parse message(s)`} style={{ color: 'var(--warn)', marginLeft: 2 }}>
                ⚠
              </span>
            )}
          </span>
          <div>
            <TextWithFootnotes text={p.text} footnotes={p.footnotes} />
            {paraRec && <Chips rec={paraRec} />}
            {p.items.length > 0 && (
              <ul className="items">
                {p.items.map((item) => {
                  const rec = recByCitation.get(item.citation);
                  const spans = rec ? rec.topics.flatMap((t) => (rec.text === item.text ? t.evidence.map((e) => ({ start: e.start, end: e.end, tag: t.id })) : [])) : [];
                  return (
                    <li
                      key={item.label}
                      className={`item${rec ? ' is-rec' : ''}${rec && rec.id === selected ? ' selected' : ''}`}
                      data-citation={item.citation}
                      tabIndex={rec ? 0 : undefined}
                      role={rec ? 'button' : undefined}
                      aria-label={rec ? `Recommendation ${item.citation}` : undefined}
                      onClick={rec ? () => onSelect(rec.id) : undefined}
                      onKeyDown={rec ? (e) => e.key === 'Enter' && onSelect(rec.id) : undefined}
                    >
                      <span className="item-label">({item.label.split('.').pop()})</span>
                      <div>
                        <Highlighted text={item.text} spans={spans} />
                        {rec && <Chips rec={rec} />}
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        </div>
      </Fragment>
    );
  });

  return (
    <div className="split-wide" style={{ gridTemplateColumns: 'minmax(0, 1fr) 420px' }}>
      <article className="panel panel-body doc" aria-label={doc.document.symbol}>
        <div style={{ fontFamily: 'var(--font)', marginBottom: 12 }}>
          <div className="muted small">
            {doc.document.symbol} · {doc.document.region ?? doc.document.kind} · {doc.document.format.toUpperCase()}
          </div>
          <h1 style={{ margin: '2px 0 0' }}>{doc.document.title}</h1>
        </div>
        {body}
      </article>
      <aside className="sticky stack">
        {selected ? (
          <div>
            <ClosableReview rid={selected} onClose={() => onSelect(undefined)} />
          </div>
        ) : (
          <div className="alert info">{doc.recommendations.length} recommendations in this report. Click one to review it.</div>
        )}
        <section className="panel">
          <div className="panel-head">
            <h3 className="grow">Contents</h3>
            <span className="muted small">{doc.recommendations.length} recommendations</span>
          </div>
          <ul className="outline">
            {doc.headings
              .filter((h) => h.level <= 3)
              .map((h) => (
                <li key={h.id} className={`l${h.level}`}>
                  <a
                    href={`#h-${h.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(`h-${h.id}`)?.scrollIntoView({ behavior: scrollBehavior(), block: 'start' });
                    }}
                  >
                    {h.text}
                  </a>
                </li>
              ))}
          </ul>
        </section>
        <section className="panel">
          <div className="panel-head">
            <h3 className="grow">Parse messages</h3>
            <span className="badge">{doc.messages.length}</span>
          </div>
          <div className="panel-body" style={{ paddingTop: 4 }}>
            <MessageList
              messages={doc.messages}
              limit={80}
              onPlace={(n) => document.getElementById(`para-${n}`)?.scrollIntoView({ behavior: scrollBehavior(), block: 'center' })}
            />
          </div>
        </section>
        {doc.footnotes.length > 0 && (
          <section className="panel">
            <div className="panel-head">
              <h3>Footnotes</h3>
            </div>
            <ol className="panel-body small" style={{ margin: 0, listStyle: 'none' }}>
              {doc.footnotes.map((f) => (
                <li key={f.marker} style={{ marginBottom: 6 }}>
                  <sup className="fn">{f.marker}</sup> {f.text}
                </li>
              ))}
            </ol>
          </section>
        )}
      </aside>
    </div>
  );
}

function Chips({ rec }: { rec: RecommendationSummary }) {
  const data = useProjectData();
  return (
    <div className="chips">
      {rec.topics.map((t) => (
        <TopicChip key={t.id} id={t.id} topic={data.topicById.get(t.id)} status={t.status} low={t.lowConfidence} />
      ))}
      {rec.topics.length === 0 && <span className="badge warn">no topic</span>}
      {rec.reviewState === 'reviewed' && <span className="badge ok">reviewed</span>}
    </div>
  );
}

function TextWithFootnotes({ text, footnotes }: { text: string; footnotes: readonly { marker: string; offset: number }[] }) {
  if (footnotes.length === 0) return <>{text}</>;
  const sorted = [...footnotes].sort((a, b) => a.offset - b.offset);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const f of sorted) {
    const cut = Math.max(at, Math.min(text.length, f.offset));
    parts.push(text.slice(at, cut));
    parts.push(
      <sup key={`${f.marker}-${f.offset}`} className="fn">
        {f.marker}
      </sup>,
    );
    at = cut;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
