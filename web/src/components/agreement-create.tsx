// An admin's form for a new assignment: the coders (two or more of the workbench's reviewers
// and admins), an optional adjudicator, and which recommendations: a region or a document, and how many.
import { useEffect, useMemo, useState } from 'react';
import { agreementApi } from '../api/agreement.ts';
import { api } from '../api/client.ts';
import type { DocumentSummary } from '../api/types.ts';
import { message, useProjectData } from '../state/project-data.tsx';

export function AgreementCreate({ onCreated }: { onCreated: (aid: number) => void }) {
  const data = useProjectData();
  const [people, setPeople] = useState<{ name: string; role: string }[]>([]);
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [coders, setCoders] = useState<Set<string>>(new Set());
  const [adjudicator, setAdjudicator] = useState('');
  const [region, setRegion] = useState('');
  const [documentId, setDocumentId] = useState('');
  const [n, setN] = useState('20');
  const [error, setError] = useState<string | null>(null);
  const regions = useMemo(() => [...new Set(data.recs.map((r) => r.region).filter((r): r is string => r !== null))], [data.recs]);

  useEffect(() => {
    agreementApi.coders(data.pid).then((c) => setPeople([...c.coders]), (cause) => setError(message(cause)));
    api.documents(data.pid).then((d) => setDocuments([...d.documents]), () => undefined);
  }, [data.pid]);

  const create = async () => {
    setError(null);
    try {
      const created = await agreementApi.create(data.pid, {
        coders: [...coders],
        ...(adjudicator === '' ? {} : { adjudicator }),
        ...(region === '' ? {} : { region }),
        ...(documentId === '' ? {} : { documentId: Number(documentId) }),
        ...(n.trim() === '' ? {} : { n: Number(n) }),
      });
      onCreated(created.id);
    } catch (cause) {
      setError(message(cause));
    }
  };

  return (
    <section className="panel" aria-label="New assignment" style={{ marginBottom: 16 }}>
      <div className="panel-head">
        <h2>New assignment</h2>
      </div>
      <div className="panel-body">
        <fieldset style={{ border: 0, padding: 0 }}>
          <legend>Coders</legend>
          {people.map((p) => (
            <label key={p.name} style={{ marginRight: 12 }}>
              <input
                type="checkbox"
                checked={coders.has(p.name)}
                onChange={(e) => {
                  const next = new Set(coders);
                  if (e.target.checked) next.add(p.name);
                  else next.delete(p.name);
                  setCoders(next);
                }}
              />{' '}
              {p.name}
            </label>
          ))}
        </fieldset>
        <label>
          Adjudicator{' '}
          <select value={adjudicator} onChange={(e) => setAdjudicator(e.target.value)}>
            <option value="">admins only</option>
            {people.map((p) => (
              <option key={p.name} value={p.name}>{p.name}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          Region{' '}
          <select value={region} onChange={(e) => setRegion(e.target.value)}>
            <option value="">all regions</option>
            {regions.map((r) => (
              <option key={r} value={r}>{r}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          Document{' '}
          <select value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
            <option value="">all documents</option>
            {documents.map((d) => (
              <option key={d.id} value={String(d.id)}>{d.symbol}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          How many <input type="number" min={1} value={n} onChange={(e) => setN(e.target.value)} style={{ width: 80 }} />
        </label>{' '}
        <button className="primary" disabled={coders.size < 2} onClick={() => void create()}>
          Assign
        </button>
        {coders.size < 2 && <span className="sub"> Pick at least two coders.</span>}
        {error !== null && <div className="alert error" role="alert">{error}</div>}
      </div>
    </section>
  );
}
