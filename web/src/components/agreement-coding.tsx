// A coder's blind work: the assigned recommendations one by one, the text and the codebook's
// topics as checkboxes (no machine proposal, no other coder's choice), each change saved at
// once; j/k move between recommendations; submit once every one is coded.
import { useCallback, useEffect, useState } from 'react';
import { agreementApi, type MyCodings } from '../api/agreement.ts';
import { isTyping } from '../lib/typing.ts';
import { message, useProjectData } from '../state/project-data.tsx';

export function AgreementCoding({ aid, onSubmitted }: { aid: number; onSubmitted: () => void }) {
  const data = useProjectData();
  const [work, setWork] = useState<MyCodings | null>(null);
  const [index, setIndex] = useState(0);
  const [saving, setSaving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    agreementApi.codings(data.pid, aid).then(setWork, (cause) => setError(message(cause)));
  }, [data.pid, aid]);

  const items = work?.items ?? [];
  const item = items[index];
  const move = useCallback((step: number) => setIndex((i) => Math.max(0, Math.min(items.length - 1, i + step))), [items.length]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A ticked checkbox keeps the focus: j/k still move on from it.
      const checkbox = e.target instanceof HTMLInputElement && e.target.type === 'checkbox';
      if ((isTyping(e.target) && !checkbox) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'j') move(1);
      else if (e.key === 'k') move(-1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move]);

  // Shown at once (a checkbox follows the click), saved straight after; put back if the save fails.
  const save = async (topics: readonly string[]) => {
    if (item === undefined || work === null) return;
    const id = item.recommendationId;
    const before = item.topics;
    const put = (value: readonly string[] | null) =>
      setWork((w) => (w === null ? w : { ...w, items: w.items.map((i) => (i.recommendationId === id ? { ...i, topics: value === null ? null : [...value] } : i)) }));
    put(topics);
    setSaving('Saving…');
    setError(null);
    try {
      await agreementApi.code(data.pid, aid, id, topics);
      setSaving('Saved');
    } catch (cause) {
      put(before);
      setSaving(null);
      setError(`Not saved: ${message(cause)}`);
    }
  };
  const toggle = (topic: string, on: boolean) => {
    const current = item?.topics ?? [];
    void save(on ? [...current, topic] : current.filter((t) => t !== topic));
  };
  const submit = async () => {
    try {
      await agreementApi.submit(data.pid, aid);
      onSubmitted();
    } catch (cause) {
      setError(message(cause));
    }
  };

  if (error !== null && work === null) return <div className="alert error" role="alert">{error}</div>;
  if (work === null || item === undefined) return <div className="empty"><span className="spinner" /> Loading your codings…</div>;
  const coded = items.filter((i) => i.topics !== null).length;
  const sections = [...new Set(data.topics.map((t) => t.section))];
  return (
    <section className="panel" aria-label="Blind coding">
      <div className="panel-head">
        <h2>
          {index + 1} of {items.length}: {item.citation}
        </h2>
        <span className="badge info">{coded} of {items.length} coded</span>
        <span className="spacer" />
        <button className="small" onClick={() => move(-1)} disabled={index === 0}>Previous (k)</button>
        <button className="small" onClick={() => move(1)} disabled={index === items.length - 1}>Next (j)</button>
      </div>
      <div className="panel-body">
        <p className="sub">Blind coding: you see neither the machine's proposal nor another coder's choices until everyone has submitted.</p>
        {item.leadIn !== '' && <p className="sub">{item.leadIn}</p>}
        <p data-testid="coding-text">{item.text}</p>
        <div role="group" aria-label="Topics" data-rid={item.recommendationId}>
          {sections.map((section) => (
            <fieldset key={section} style={{ border: 0, padding: 0, margin: '8px 0' }}>
              <legend><strong>{data.topics.find((t) => t.section === section)?.sectionTitle ?? section}</strong></legend>
              {data.topics.filter((t) => t.section === section).map((t) => (
                <label key={t.id} style={{ display: 'block' }} title={t.description}>
                  <input type="checkbox" checked={item.topics?.includes(t.id) ?? false} onChange={(e) => toggle(t.id, e.target.checked)} /> {t.id} {t.label}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        <p>
          {item.topics === null ? <span className="badge warn">Not coded yet</span> : <span className="badge ok">Coded: {item.topics.length === 0 ? 'no topic applies' : item.topics.join(', ')}</span>}{' '}
          <button className="small" onClick={() => void save([])}>No topic applies</button> {saving !== null && <span aria-live="polite">{saving}</span>}
        </p>
        {error !== null && <div className="alert error" role="alert">{error}</div>}
        <button className="primary" onClick={() => void submit()} disabled={coded < items.length}>
          Submit my codings
        </button>{' '}
        {coded < items.length && <span className="sub">Code every recommendation (no topic is a coding too) to submit.</span>}
      </div>
    </section>
  );
}
