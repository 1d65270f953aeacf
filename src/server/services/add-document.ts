// Adds a report or the outcome document to a project from bytes: checked, parsed (in a
// bounded worker for uploads), stored with its parse messages.
import type { ConcordDocument } from '../../model/types.ts';
import type { Store } from '../../store/open.ts';
import { putDocument } from '../../store/documents.ts';
import type { DocumentRole } from '../../store/documents.ts';
import type { DocumentRow } from '../../store/schema.ts';
import { checkUpload, displayName } from './upload-check.ts';
import { parseUpload } from './parse-upload.ts';

export interface AddedDocument {
  readonly row: Omit<DocumentRow, 'bytes'>;
  readonly model: ConcordDocument;
  readonly replaced: boolean;
}

export interface AddOptions {
  readonly role: DocumentRole;
  /** Parse in this process (trusted local files, e.g. `concord import`) instead of a bounded worker. */
  readonly parse?: (name: string, bytes: Uint8Array, symbol?: string) => Promise<ConcordDocument>;
  /** The document's symbol when it does not state it. */
  readonly symbol?: string | undefined;
}

export async function addDocument(store: Store, projectId: number, fileName: string, bytes: Uint8Array, options: AddOptions): Promise<AddedDocument> {
  const name = displayName(fileName);
  // Files given on the command line are trusted to the readers' own checks.
  if (options.parse === undefined) checkUpload(name, bytes);
  const model = await (options.parse ?? parseUpload)(name, bytes, options.symbol);
  const { row, replaced } = await putDocument(store, projectId, {
    role: options.role,
    name,
    format: model.format,
    symbol: model.symbol,
    region: model.region ?? null,
    bytes,
    size: bytes.byteLength,
    modelJson: JSON.stringify(model),
  });
  const { bytes: _omit, ...rest } = row;
  return { row: rest, model, replaced };
}
