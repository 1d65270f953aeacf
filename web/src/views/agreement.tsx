// Double coding and agreement: the project's assignments; for a coder, their blind coding;
// for an admin, a new assignment and closing one early; once an assignment is complete, its
// agreement figures, the disagreements (with "Adjudicate") and the exports.
import { useCallback, useEffect, useState } from 'react';
import { agreementApi, agreementExportHref, type AgreementReport, type AssignmentView, type DisagreementsView } from '../api/agreement.ts';
import { AgreementCoding } from '../components/agreement-coding.tsx';
import { AgreementCreate } from '../components/agreement-create.tsx';
import { AgreementDisagreements } from '../components/agreement-disagreements.tsx';
import { AgreementReportTables } from '../components/agreement-report.tsx';
import { useRoute, useSetParam } from '../lib/router.ts';
import { message, useProjectData } from '../state/project-data.tsx';
import { useAbilities, useSession } from '../state/session.tsx';

const STATE: Record<AssignmentView['state'], string> = { open: 'blind: coding', complete: 'every coder submitted', closed: 'closed by an admin' };

export function AgreementView() {
  const data = useProjectData();
  const route = useRoute();
  const setParam = useSetParam();
  const session = useSession();
  const team = session.state.status === 'ready' && session.state.info.mode === 'team';
  const admin = useAbilities().manage;
  const [list, setList] = useState<AssignmentView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const selectedId = Number(route.params.get('a') ?? NaN);
  const selected = list?.find((x) => x.id === selectedId) ?? list?.[0];

  const reload = useCallback(() => {
    agreementApi.list(data.pid).then((l) => setList([...l.assignments]), (cause) => setError(message(cause)));
  }, [data.pid]);
  useEffect(reload, [reload]);

  if (!team) {
    return (
      <main className="page">
        <div className="alert info">Blind double coding needs team mode, so that each coder signs in as themselves: add users with <code>concord user add NAME --role reviewer --db …</code> and sign in.</div>
      </main>
    );
  }
  return (
    <main className="page">
      <div className="page-head">
        <h1>Double coding and agreement</h1>
        <span className="sub">Coders code the same recommendations blind; once all have submitted, the figures and the disagreements appear here.</span>
      </div>
      {error !== null && <div className="alert error" role="alert">{error}</div>}
      {admin && <AgreementCreate onCreated={(aid) => { reload(); setParam('a', String(aid)); }} />}
      {list === null ? (
        <div className="empty"><span className="spinner" /> Loading assignments…</div>
      ) : list.length === 0 ? (
        <div className="empty">No assignment yet.{admin ? '' : ' An admin assigns recommendations to coders.'}</div>
      ) : (
        <nav aria-label="Assignments" style={{ marginBottom: 16 }}>
          {list.map((x) => (
            <button key={x.id} className={x.id === selected?.id ? 'primary small' : 'small'} onClick={() => setParam('a', String(x.id))} style={{ marginRight: 8 }}>
              {x.name} ({STATE[x.state]})
            </button>
          ))}
        </nav>
      )}
      {selected !== undefined && <AssignmentPanel key={`${selected.id}:${selected.state}:${selected.submittedByMe}`} assignment={selected} onChanged={reload} admin={admin} />}
    </main>
  );
}

function AssignmentPanel({ assignment, onChanged, admin }: { assignment: AssignmentView; onChanged: () => void; admin: boolean }) {
  const data = useProjectData();
  const [report, setReport] = useState<AgreementReport | null>(null);
  const [disagreements, setDisagreements] = useState<DisagreementsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loadReport = useCallback(() => {
    if (!assignment.reportReady) return;
    agreementApi.report(data.pid, assignment.id).then(setReport, (cause) => setError(message(cause)));
    agreementApi.disagreements(data.pid, assignment.id).then(setDisagreements, (cause) => setError(message(cause)));
  }, [data.pid, assignment.id, assignment.reportReady]);
  useEffect(loadReport, [loadReport]);

  const close = async () => {
    try {
      await agreementApi.close(data.pid, assignment.id);
      onChanged();
    } catch (cause) {
      setError(message(cause));
    }
  };

  return (
    <section aria-label={`Assignment ${assignment.name}`}>
      <p>
        <strong>{assignment.name}</strong>: {assignment.recommendations} recommendations, coders{' '}
        {assignment.coders.map((c) => `${c.name} (${c.submittedAt !== null ? 'submitted' : `${c.coded} coded`})`).join(', ')}
        {assignment.adjudicator !== null && `; adjudicator ${assignment.adjudicator}`}.{' '}
        {admin && assignment.state === 'open' && (
          <button className="small" onClick={() => void close()}>Close now (compare what is coded)</button>
        )}
      </p>
      {error !== null && <div className="alert error" role="alert">{error}</div>}
      {assignment.mine && !assignment.submittedByMe && assignment.state === 'open' && <AgreementCoding aid={assignment.id} onSubmitted={onChanged} />}
      {assignment.mine && assignment.submittedByMe && !assignment.reportReady && <div className="alert ok">You have submitted. The figures appear once every coder has.</div>}
      {!assignment.reportReady && !assignment.mine && <div className="alert info">Still blind: the figures appear once every coder has submitted{admin ? ' (or you close it)' : ''}.</div>}
      {report !== null && (
        <>
          <div style={{ margin: '12px 0' }}>
            <a className="button" href={agreementExportHref(data.pid, assignment.id, 'csv')} download>Export CSV</a>{' '}
            <a className="button" href={agreementExportHref(data.pid, assignment.id, 'xlsx')} download>Export Excel</a>
          </div>
          <AgreementReportTables report={report} />
        </>
      )}
      {disagreements !== null && (
        <>
          <h2>Disagreements ({disagreements.disagreements.length})</h2>
          <AgreementDisagreements pid={data.pid} aid={assignment.id} view={disagreements} onChanged={loadReport} />
        </>
      )}
    </section>
  );
}
