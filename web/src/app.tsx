// The workbench shell: top bar with the project's views, the reviewer's name (in team mode
// the signed-in user and a sign-out), the shortcut sheet (?), and the view the hash route
// names; in team mode without a session, the sign-in screen instead.
import { useEffect, useState, type ReactNode } from 'react';
import { isTyping } from './lib/typing.ts';
import { ReviewerDialog } from './components/reviewer-dialog.tsx';
import { ShortcutsDialog } from './components/shortcuts-dialog.tsx';
import { navigate, parseHash, routeHref, useRoute, type ViewName } from './lib/router.ts';
import { ProjectDataProvider, useProjectData } from './state/project-data.tsx';
import { useReviewer } from './state/reviewer.ts';
import { SessionProvider, useSession } from './state/session.tsx';
import { ToastProvider } from './state/toasts.tsx';
import { AgreementView } from './views/agreement.tsx';
import { DocumentView } from './views/document.tsx';
import { MatrixView } from './views/matrix.tsx';
import { NarrativeView } from './views/narrative.tsx';
import { OverviewView } from './views/overview.tsx';
import { ProjectsView } from './views/projects.tsx';
import { ReviewView } from './views/review.tsx';
import { SearchView } from './views/search.tsx';
import { SignInView } from './views/sign-in.tsx';
import { TraceView } from './views/trace.tsx';

const TABS: readonly { view: ViewName; label: string }[] = [
  { view: 'overview', label: 'Overview' },
  { view: 'review', label: 'Review' },
  { view: 'matrix', label: 'Matrix' },
  { view: 'narrative', label: 'Narrative' },
  { view: 'document', label: 'Documents' },
  { view: 'trace', label: 'Trace' },
  { view: 'search', label: 'Search' },
  { view: 'agreement', label: 'Agreement' },
];

export function App() {
  return (
    <SessionProvider>
      <Gate />
    </SessionProvider>
  );
}

/** The sign-in screen while team mode has no session; the workbench once it has one (or in single-user mode). */
function Gate() {
  const { state, signedIn } = useSession();
  if (state.status === 'loading')
    return (
      <main className="page">
        <div className="empty">
          <span className="spinner" /> Loading…
        </div>
      </main>
    );
  if (state.status === 'failed')
    return (
      <main className="page">
        <div className="alert error" role="alert">
          The workbench cannot start: {state.error}
        </div>
      </main>
    );
  if (state.status === 'signed-out') return <SignInView onSignedIn={signedIn} ended={state.ended === true} />;
  return <Workbench />;
}

function Workbench() {
  const session = useSession();
  const info = session.state.status === 'ready' ? session.state.info : undefined;
  const team = info?.mode === 'team' ? info : undefined;
  const route = useRoute();
  const [reviewer, setReviewer] = useReviewer();
  const [askName, setAskName] = useState(false);
  const [help, setHelp] = useState(false);
  const pid = route.projectId !== undefined ? Number(route.projectId) : undefined;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '?') {
        e.preventDefault();
        setHelp(true);
      } else if (e.key === '/') {
        const route = parseHash(window.location.hash);
        if (route.projectId === undefined || route.view === 'search') return;
        e.preventDefault();
        navigate(routeHref(route.projectId, 'search'));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const right =
    team === undefined ? (
      <ReviewerBar reviewer={reviewer} onChange={() => setAskName(true)} onHelp={() => setHelp(true)} />
    ) : (
      <UserBar name={team.user.name} role={team.user.role} onSignOut={() => void session.signOut()} onHelp={() => setHelp(true)} />
    );
  const view = route.view === 'projects' ? 'overview' : route.view;
  const body =
    pid === undefined || Number.isNaN(pid) ? (
      <>
        <TopBar right={right} />
        {route.view === 'no-such-view' ? <NoSuchView name={route.unknown ?? ''} /> : <ProjectsView />}
      </>
    ) : (
      <ProjectDataProvider key={pid} pid={pid}>
        <TopBar view={view === 'no-such-view' ? undefined : view} tabs right={right} />
        {view === 'no-such-view' ? <NoSuchView name={route.unknown ?? ''} pid={pid} /> : <ProjectView view={view} />}
      </ProjectDataProvider>
    );

  return (
    <ToastProvider>
      {body}
      <ReviewerDialog
        open={team === undefined && (askName || (pid !== undefined && !reviewer))}
        initial={reviewer}
        onSave={(name) => {
          setReviewer(name);
          setAskName(false);
        }}
        onClose={() => setAskName(false)}
        required={!reviewer}
      />
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </ToastProvider>
  );
}

/** A mistyped address: says so and links to the views that exist, rather than showing another view. */
function NoSuchView({ name, pid }: { name: string; pid?: number }) {
  useEffect(() => {
    document.title = 'No such view · Concord';
  }, []);
  return (
    <main className="page">
      <div className="alert error" role="alert">
        <h1>No such view</h1>
        <p>
          The address names a view “{name}” that the workbench does not have.{' '}
          {pid === undefined ? (
            <a href="#/">Go to the projects</a>
          ) : (
            <>
              Open one of:{' '}
              {TABS.map((t, i) => (
                <span key={t.view}>
                  {i > 0 && ', '}
                  <a href={routeHref(String(pid), t.view)}>{t.label}</a>
                </span>
              ))}
              .
            </>
          )}
        </p>
      </div>
    </main>
  );
}

function TopBar({ view, tabs = view !== undefined, right }: { view?: ViewName | undefined; tabs?: boolean; right: ReactNode }) {
  return (
    <header className="topbar">
      <a className="brand" href="#/">
        <span className="brand-mark" aria-hidden>
          C
        </span>
        Concord <small>workbench</small>
      </a>
      {tabs && <ProjectTabs view={view} />}
      <span className="spacer" />
      {right}
    </header>
  );
}

function ProjectTabs({ view }: { view?: ViewName | undefined }) {
  const data = useProjectData();
  const unreviewed = data.recs.filter((r) => r.reviewState === 'unreviewed').length;
  return (
    <>
      <span className="crumb" title={data.project?.name}>
        {data.project?.name ?? '…'}
      </span>
      <nav className="tabs" aria-label="Views">
        {TABS.map((t) => (
          <a key={t.view} href={routeHref(String(data.pid), t.view)} aria-current={t.view === view ? 'page' : undefined}>
            {t.label}
            {t.view === 'review' && data.recs.length > 0 && <span className="count">{unreviewed}</span>}
          </a>
        ))}
      </nav>
    </>
  );
}

function ProjectView({ view }: { view: ViewName }) {
  const data = useProjectData();
  const name = data.project?.name;
  useEffect(() => {
    const label = TABS.find((t) => t.view === view)?.label ?? '';
    document.title = name ? `${label} · ${name} · Concord` : 'Concord workbench';
  }, [view, name]);
  if (data.error && !data.project)
    return (
      <main className="page">
        <div className="alert error" role="alert">
          Could not open the project: {data.error} <a href="#/">Back to projects</a>
        </div>
      </main>
    );
  if (!data.project)
    return (
      <main className="page">
        <div className="empty">
          <span className="spinner" /> Loading project…
        </div>
      </main>
    );
  switch (view) {
    case 'overview':
      return <OverviewView />;
    case 'review':
      return <ReviewView />;
    case 'matrix':
      return <MatrixView />;
    case 'narrative':
      return <NarrativeView />;
    case 'document':
      return <DocumentView />;
    case 'trace':
      return <TraceView />;
    case 'search':
      return <SearchView />;
    case 'agreement':
      return <AgreementView />;
  }
}

/** The reviewer's name and the help button, placed into the top bar's slot. */
function ReviewerBar({ reviewer, onChange, onHelp }: { reviewer: string; onChange: () => void; onHelp: () => void }) {
  return (
    <div className="who">
      <span>
        Reviewer: <strong>{reviewer || '—'}</strong>
      </span>
      <button className="small" onClick={onChange}>
        Change
      </button>
      <button className="small" onClick={onHelp} aria-label="Keyboard shortcuts">
        ?
      </button>
    </div>
  );
}

/** Team mode: who is signed in, with which role, and the way out. */
function UserBar({ name, role, onSignOut, onHelp }: { name: string; role: string; onSignOut: () => void; onHelp: () => void }) {
  return (
    <div className="who" data-testid="user-bar">
      <span>
        Signed in as <strong>{name}</strong> <span className="badge">{role}</span>
      </span>
      <button className="small" onClick={onSignOut}>
        Sign out
      </button>
      <button className="small" onClick={onHelp} aria-label="Keyboard shortcuts">
        ?
      </button>
    </div>
  );
}
