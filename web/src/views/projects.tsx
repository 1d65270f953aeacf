// The first screen: the projects on this server, and a form to start a new one.
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Project } from '../api/types.ts';
import { navigate, routeHref } from '../lib/router.ts';
import { message } from '../state/project-data.tsx';
import { formatWhen } from '../lib/when.ts';
import { RoleGate } from '../components/role-gate.tsx';

// Opening the workbench on a server with one project goes straight to it (once per page load).
const startedWithoutRoute = window.location.hash === '' || window.location.hash === '#';
let autoOpened = false;

export function ProjectsView() {
  const [projects, setProjects] = useState<Project[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    api.projects().then(
      (list) => {
        const only = list.projects.length === 1 ? list.projects[0] : undefined;
        if (only && startedWithoutRoute && !autoOpened) {
          autoOpened = true;
          navigate(routeHref(String(only.id), 'overview'), true);
          return;
        }
        autoOpened = true;
        setProjects(list.projects);
      },
      (cause) => setError(message(cause)),
    );
  }, []);

  const create = async () => {
    if (!name.trim()) return;
    setCreating(true);
    setError(null);
    try {
      const project = await api.createProject(name.trim());
      navigate(routeHref(String(project.id), 'overview'));
    } catch (cause) {
      setError(message(cause));
    } finally {
      setCreating(false);
    }
  };

  return (
    <main className="page">
      <div className="page-head">
        <div>
          <h1>Projects</h1>
          <div className="sub">Each project holds a set of regional reports, a codebook, an outcome document and the review decisions.</div>
        </div>
      </div>
      {error && (
        <div className="alert error" role="alert" style={{ marginBottom: 12 }}>
          {error}
        </div>
      )}
      <div className="split-wide">
        <section className="panel">
          <div className="panel-head">
            <h2 className="grow">Open a project</h2>
          </div>
          {projects === null && !error && (
            <div className="empty">
              <span className="spinner" /> Loading…
            </div>
          )}
          {projects?.length === 0 && <div className="empty">No project yet. Create one to upload the reports.</div>}
          {projects && projects.length > 0 && (
            <table className="data">
              <thead>
                <tr>
                  <th>Name</th>
                  <th className="num">Documents</th>
                  <th className="num">Recommendations</th>
                  <th>Reviewed</th>
                  <th>Outcome</th>
                  <th>Updated</th>
                </tr>
              </thead>
              <tbody>
                {projects.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <a href={routeHref(String(p.id), 'overview')}>
                        <strong>{p.name}</strong>
                      </a>
                      <div className="muted small">codebook: {p.codebook.name}</div>
                    </td>
                    <td className="num">{p.documentCount}</td>
                    <td className="num">{p.recommendationCount}</td>
                    <td>
                      <div className="row" style={{ flexWrap: 'nowrap' }}>
                        <div className="progress" style={{ width: 80 }}>
                          <div style={{ width: `${p.recommendationCount ? (100 * p.reviewedCount) / p.recommendationCount : 0}%` }} />
                        </div>
                        <span className="small muted">
                          {p.reviewedCount}/{p.recommendationCount}
                        </span>
                      </div>
                    </td>
                    <td>{p.hasOutcome ? <span className="badge ok">yes</span> : <span className="badge">none</span>}</td>
                    <td className="small muted nowrap">{formatWhen(p.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <RoleGate ability="manage" as="section" className="panel" aria-label="New project">
          <div className="panel-head">
            <h2>New project</h2>
          </div>
          <form
            className="panel-body stack"
            onSubmit={(e) => {
              e.preventDefault();
              void create();
            }}
          >
            <label className="field">
              Name
              <input type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Fourteenth Congress RPMs" maxLength={120} />
            </label>
            <button type="submit" className="primary" disabled={!name.trim() || creating}>
              {creating ? 'Creating…' : 'Create project'}
            </button>
            <p className="muted small" style={{ margin: 0 }}>
              Next you upload the regional reports (.txt, .docx, .pdf) and the outcome document, then run the mapping.
            </p>
          </form>
        </RoleGate>
      </div>
    </main>
  );
}
