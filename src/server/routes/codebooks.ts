// The shipped codebooks a project can use, for the front end's picker.
import type { Hono } from 'hono';
import { loadCodebook } from '../../mapping/index.ts';
import { shippedCodebooks } from '../../mapping/load-codebook.ts';
import type { CodebookList } from '../api-types.ts';

export function registerCodebookRoutes(api: Hono): void {
  let list: Promise<CodebookList> | undefined;
  api.get('/codebooks', async (c) => {
    list ??= Promise.all(
      shippedCodebooks().map(async (name) => {
        const codebook = await loadCodebook(name);
        return { name, title: codebook.title, ...(codebook.version === undefined ? {} : { version: codebook.version }) };
      }),
    ).then((codebooks) => ({ codebooks }));
    return c.json(await list);
  });
}
