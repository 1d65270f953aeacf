// Team mode's sign-in screen: shown when the API answers 401 (no session, or it expired).
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { SessionInfo } from '../../../src/server/auth/api.ts';
import { message } from '../state/project-data.tsx';

export function SignInView({ onSignedIn, ended = false }: { onSignedIn: (info: SessionInfo) => void; ended?: boolean }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = 'Sign in · Concord';
  }, []);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.login({ name: name.trim(), password }));
    } catch (cause) {
      setError(message(cause));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="page sign-in">
      <section className="panel" aria-label="Sign in">
        <div className="panel-head">
          <h1 className="grow">Sign in</h1>
        </div>
        <form
          className="panel-body stack"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p className="muted small" style={{ margin: 0 }}>
            This workbench is shared by a team. Sign in with the name and password your administrator gave you.
          </p>
          {ended && !error && (
            <div className="alert info" role="status">
              Your session has ended (it expired, or you signed out elsewhere): sign in again to go on where you were.
            </div>
          )}
          {error && (
            <div className="alert error" role="alert">
              {error}
            </div>
          )}
          <label className="field">
            Name
            <input type="text" name="username" autoComplete="username" autoFocus value={name} maxLength={64} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="field">
            Password
            <input type="password" name="password" autoComplete="current-password" value={password} maxLength={1024} onChange={(e) => setPassword(e.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={busy || name.trim() === '' || password === ''}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </section>
    </main>
  );
}
