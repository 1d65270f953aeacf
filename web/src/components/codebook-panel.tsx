// The project's codebook: which one is in use, switch to the shipped one, or upload YAML.
import { useState } from 'react';
import { api } from '../api/client.ts';
import { message, useProjectData } from '../state/project-data.tsx';
import { useToasts } from '../state/toasts.tsx';
import { Dropzone } from './dropzone.tsx';

export function CodebookPanel() {
  const data = useProjectData();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cb = data.codebook;
  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      await api.setCodebook(data.pid, { yaml: await file.text() });
      await data.refresh();
      toasts.show({ kind: 'info', text: `Codebook ${file.name} loaded. Run the mapping again to apply it.` });
    } catch (cause) {
      setError(message(cause));
    } finally {
      setBusy(false);
    }
  };
  const useShipped = async (name: string) => {
    setBusy(true);
    setError(null);
    try {
      await api.setCodebook(data.pid, { name });
      await data.refresh();
    } catch (cause) {
      setError(message(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-label="Codebook">
      <div className="panel-head">
        <h2 className="grow">2. Codebook</h2>
        {cb && <span className="badge info">{cb.source.kind === 'shipped' ? 'shipped' : 'your YAML'}</span>}
      </div>
      <div className="panel-body stack">
        {cb && (
          <div className="small">
            <strong>{cb.codebook.title}</strong>
            {cb.codebook.version && <span className="muted"> · version {cb.codebook.version}</span>}
            <div className="muted">
              {cb.codebook.sections.length} index sections, {data.topics.length} topics: {cb.codebook.sections.map((s) => s.id).join(', ')}
            </div>
          </div>
        )}
        <div className="row">
          <button className="small" disabled={busy || (cb?.source.kind === 'shipped' && cb.source.name === 'crime-congress-14')} onClick={() => void useShipped('crime-congress-14')}>
            Use shipped “crime-congress-14”
          </button>
        </div>
        <Dropzone accept=".yaml,.yml,text/yaml" label="Upload YAML codebook…" disabled={busy} onFiles={(files) => files[0] && void upload(files[0])} />
        {error && (
          <div className="alert error" role="alert">
            {error}
          </div>
        )}
      </div>
    </section>
  );
}
