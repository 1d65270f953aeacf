// Where the coders chose differently: the text, each coder's topics and the machine's, and an
// "Adjudicate" action for the adjudicator: the topics picked become decisions in the review log.
import { useState } from 'react';
import { agreementApi, type DisagreementView, type DisagreementsView } from '../api/agreement.ts';
import { message } from '../state/project-data.tsx';

function Adjudicate({ pid, aid, item, labels, onDone }: { pid: number; aid: number; item: DisagreementView; labels: Readonly<Record<string, string>>; onDone: () => void }) {
  const offered = [...new Set([...item.codings.flatMap((c) => c.topics ?? []), ...item.machine])];
  const agreed = offered.filter((t) => item.codings.every((c) => c.topics === null || c.topics.includes(t)));
  const [chosen, setChosen] = useState<Set<string>>(new Set(agreed));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const record = async () => {
    setBusy(true);
    setError(null);
    try {
      await agreementApi.adjudicate(pid, aid, item.recommendationId, [...chosen]);
      onDone();
    } catch (cause) {
      setError(message(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div role="group" aria-label={`Adjudicate ${item.citation}`}>
      {offered.map((t) => (
        <label key={t} style={{ marginRight: 12 }}>
          <input
            type="checkbox"
            checked={chosen.has(t)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(t);
              else next.delete(t);
              setChosen(next);
            }}
          />{' '}
          {t} {labels[t] ?? ''}
        </label>
      ))}
      <button className="primary small" disabled={busy} onClick={() => void record()}>
        Record adjudication
      </button>
      {error !== null && <div className="alert error" role="alert">{error}</div>}
    </div>
  );
}

export function AgreementDisagreements({ pid, aid, view, onChanged }: { pid: number; aid: number; view: DisagreementsView; onChanged: () => void }) {
  const [open, setOpen] = useState<string | null>(null);
  if (view.disagreements.length === 0) return <div className="empty">The coders agree on every recommendation.</div>;
  const topics = (list: readonly string[] | null) => (list === null ? 'not coded' : list.length === 0 ? 'no topic' : list.join(', '));
  return (
    <ul aria-label="Disagreements" style={{ listStyle: "none", padding: 0 }}>
      {view.disagreements.map((d) => (
        <li key={d.recommendationId} data-rid={d.recommendationId} className="panel" style={{ marginBottom: 12 }}>
          <div className="panel-body">
            <strong>{d.citation}</strong> {d.region !== null && <span className="sub">{d.region}</span>}
            <p>{d.text}</p>
            <table className="data">
              <tbody>
                {d.codings.map((c) => (
                  <tr key={c.coder}>
                    <th scope="row">{c.coder}</th>
                    <td>{topics(c.topics)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">machine</th>
                  <td>{topics(d.machine)}</td>
                </tr>
              </tbody>
            </table>
            {d.adjudicated !== null ? (
              <p className="badge ok">
                Adjudicated by {d.adjudicated.by ?? '—'}: {topics(d.adjudicated.topics)}
              </p>
            ) : null}
            {view.assignment.mayAdjudicate &&
              (open === d.recommendationId ? (
                <Adjudicate pid={pid} aid={aid} item={d} labels={view.labels} onDone={() => { setOpen(null); onChanged(); }} />
              ) : (
                <button className="small" onClick={() => setOpen(d.recommendationId)}>
                  Adjudicate
                </button>
              ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
