// Deterministic GUIDs for a REFI-QDA project: UUID version 5 (SHA-1, RFC 9562) of a stable
// name in Concord's own namespace, so that the same run exports the same project byte for byte
// and a project read back names its codes by the GUIDs Concord gave them.
import { createHash } from 'node:crypto';

/** Concord's namespace for REFI-QDA names (itself a v5 UUID of "concord:refi-qda" in the URL namespace). */
const NAMESPACE = '0ba57d33-9d98-5265-bb9c-257ba983da7c';

const bytesOf = (uuid: string): Buffer => Buffer.from(uuid.replace(/-/g, ''), 'hex');

/**
 * @example uuidV5('code:crime-congress-14:D7') // always the same 8-4-4-4-12 GUID
 */
export function uuidV5(name: string, namespace: string = NAMESPACE): string {
  const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The GUID of a topic's code (or, with a section id, of the section's parent code). */
export const codeGuid = (codebookId: string, id: string): string => uuidV5(`code:${codebookId}:${id}`);
export const sourceGuid = (symbol: string): string => uuidV5(`source:${symbol}`);
export const selectionGuid = (recommendationId: string, topicId: string): string => uuidV5(`selection:${recommendationId}:${topicId}`);
export const codingGuid = (recommendationId: string, topicId: string): string => uuidV5(`coding:${recommendationId}:${topicId}`);
export const userGuid = (name: string): string => uuidV5(`user:${name}`);
export const noteGuid = (key: string): string => uuidV5(`note:${key}`);
