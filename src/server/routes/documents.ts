// Documents of a project: upload (checked, parsed in a bounded worker), list, view, delete.
import type { Hono } from 'hono';
import { getProject } from '../../store/projects.ts';
import { deleteDocument } from '../../store/documents.ts';
import { ApiError } from '../errors.ts';
import { addDocument } from '../services/add-document.ts';
import { idParam, uploadedFile } from '../validate.ts';
import { documentSummary, documentView } from '../views/document.ts';
import type { Deps } from './deps.ts';

export function registerDocumentRoutes(api: Hono, { store, cache }: Deps): void {
  api.get('/projects/:pid/documents', async (c) => {
    const state = await cache.get(idParam(c, 'pid'));
    return c.json({ documents: state.reports.map(documentSummary) });
  });

  api.post('/projects/:pid/documents', async (c) => {
    const pid = idParam(c, 'pid');
    await getProject(store, pid);
    const file = await uploadedFile(c);
    const added = await addDocument(store, pid, file.name, file.bytes, { role: 'report', symbol: file.symbol });
    const state = await cache.get(pid);
    const loaded = state.reports.find((d) => d.row.id === added.row.id);
    if (loaded === undefined) throw new ApiError(500, 'internal', 'the document was stored but could not be read back');
    return c.json({ document: documentSummary(loaded), messages: [...added.model.messages], replaced: added.replaced }, 201);
  });

  api.get('/projects/:pid/documents/:did', async (c) => {
    const state = await cache.get(idParam(c, 'pid'));
    const did = idParam(c, 'did');
    const document = state.reports.find((d) => d.row.id === did) ?? (state.outcomeDocument?.row.id === did ? state.outcomeDocument : undefined);
    if (document === undefined) throw new ApiError(404, 'not-found', `document ${did} not found`);
    return c.json(documentView(state, document));
  });

  api.delete('/projects/:pid/documents/:did', async (c) => {
    await deleteDocument(store, idParam(c, 'pid'), idParam(c, 'did'));
    return c.body(null, 204);
  });
}
