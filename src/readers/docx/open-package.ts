// Opens a .docx package: guards the zip, finds the main document through the
// package relationships (not by a fixed path), and inflates only the parts the
// reader needs, counting every inflated byte against one budget.
import JSZip from 'jszip';
import type { Document, Element } from '@xmldom/xmldom';
import { InputError } from '../../model/errors.ts';
import type { Message } from '../../model/types.ts';
import { assertZipSignature, inspectCentralDirectory, formatBytes, DEFAULT_ZIP_LIMITS, type ZipLimits, type ZipEntryInfo } from './zip-guard.ts';
import { decodeXml, parseXmlPart } from './xml-part.ts';
import { childElements, attr } from './xml.ts';
import { LIMITS, overLimit } from '../limits.ts';
import { assertStyleCount } from './styles.ts';

export interface DocxPackage {
  /** Where the main document part is ("word/document.xml" as Word writes it). */
  readonly mainPath: string;
  readonly document: Document;
  readonly styles?: Document;
  readonly numbering?: Document;
  readonly footnotes?: Document;
  readonly settings?: Document;
  /** Header parts in the order the document's relationships list them. */
  readonly headers: readonly Document[];
}

const REL_TYPE = {
  officeDocument: /\/officeDocument$/,
  styles: /\/styles$/,
  numbering: /\/numbering$/,
  footnotes: /\/footnotes$/,
  settings: /\/settings$/,
  header: /\/header$/,
};

interface Relationship { readonly type: string; readonly target: string }

/** Opens and parses the parts of a .docx; throws InputError when it cannot be read. */
export async function openDocxPackage(file: string, bytes: Uint8Array, messages: Message[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<DocxPackage> {
  assertZipSignature(file, bytes);
  const entries = new Map(inspectCentralDirectory(file, bytes, limits).map((e) => [e.name, e]));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw new InputError(file, `is a damaged zip (${zipProblem(cause)}); a Word .docx file was expected`, { cause });
  }
  const budget = { remaining: limits.maxInflatedBytes, limit: limits.maxInflatedBytes };
  let tags = 0;
  /** `precheck` sees the part's text before it is parsed (to refuse it cheaply). */
  const readPart = async (part: string, precheck?: (text: string) => void): Promise<Document | undefined> => {
    const entry = zip.file(part);
    if (entry === null) return undefined;
    const declared = entries.get(part)?.uncompressedSize ?? 0;
    const tooLarge = (size: number): InputError =>
      new InputError(file, `${part} inflates to ${formatBytes(size)}, over the limit of ${formatBytes(LIMITS.partBytes)} for one part; a report's parts are far smaller`);
    if (declared > LIMITS.partBytes) throw tooLarge(declared);
    const raw = await inflate(file, part, entry, entries.get(part), budget);
    if (raw.byteLength > LIMITS.partBytes) throw tooLarge(raw.byteLength);
    const text = decodeXml(raw);
    // Counted before parsing: the memory a part's DOM takes grows with its elements, not its bytes.
    tags += countTags(text);
    if (tags > LIMITS.xmlTags) throw overLimit(file, `XML tags in its parts by ${part}`, tags, LIMITS.xmlTags, 'a long report has under a tenth of that');
    precheck?.(text);
    return parseXmlPart(file, part, text, messages);
  };

  const rootRels = await readRelationships(file, readPart, '');
  const mainPath = rootRels.find((r) => REL_TYPE.officeDocument.test(r.type))?.target ?? 'word/document.xml';
  const document = await readPart(mainPath);
  if (document === undefined) {
    throw new InputError(file, `has no main document part (${mainPath}); it is a zip but not a Word .docx file`);
  }
  const rels = await readRelationships(file, readPart, mainPath);
  const partOf = async (type: RegExp, precheck?: (text: string) => void): Promise<Document | undefined> => {
    const rel = rels.find((r) => type.test(r.type));
    return rel === undefined ? undefined : readPart(rel.target, precheck);
  };
  // Each header part once, however many relationships name it, and only the first few.
  const headerParts = [...new Set(rels.filter((r) => REL_TYPE.header.test(r.type)).map((r) => r.target))];
  if (headerParts.length > LIMITS.headers) {
    messages.push({ severity: 'warning', reason: `the document has ${headerParts.length} header parts; only the first ${LIMITS.headers} were read for its symbol`, ruleId: 'docx-headers-limit', place: { source: file }, source: 'concord:docx' });
  }
  const headers: Document[] = [];
  for (const target of headerParts.slice(0, LIMITS.headers)) {
    const header = await readPart(target);
    if (header !== undefined) headers.push(header);
  }
  // One part at a time, so the inflation budget is never overrun by parts in flight together.
  const styles = await partOf(REL_TYPE.styles, (text) => assertStyleCount(file, text));
  const numbering = await partOf(REL_TYPE.numbering);
  const footnotes = await partOf(REL_TYPE.footnotes);
  const settings = await partOf(REL_TYPE.settings);
  return {
    mainPath,
    document,
    headers,
    ...(styles === undefined ? {} : { styles }),
    ...(numbering === undefined ? {} : { numbering }),
    ...(footnotes === undefined ? {} : { footnotes }),
    ...(settings === undefined ? {} : { settings }),
  };
}

/** Relationships of `part` ("" = the package), targets resolved to zip paths. */
async function readRelationships(file: string, readPart: (p: string) => Promise<Document | undefined>, part: string): Promise<Relationship[]> {
  const slash = part.lastIndexOf('/');
  const dir = slash < 0 ? '' : part.slice(0, slash + 1);
  const relsPath = part === '' ? '_rels/.rels' : `${dir}_rels/${part.slice(slash + 1)}.rels`;
  const doc = await readPart(relsPath);
  const root = doc?.documentElement;
  if (root === undefined || root === null) return [];
  const elements = childElements(root as Element);
  if (elements.length > LIMITS.relationships) throw overLimit(file, `relationships in ${relsPath}`, elements.length, LIMITS.relationships, 'a Word document has a few dozen');
  return elements
    .filter((el) => el.localName === 'Relationship' && attr(el, 'TargetMode') !== 'External')
    .map((el) => ({ type: attr(el, 'Type') ?? '', target: resolveTarget(dir, attr(el, 'Target') ?? '') }));
}

function resolveTarget(dir: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : dir + target;
  const out: string[] = [];
  for (const seg of joined.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** Inflates one entry, stopping as soon as it exceeds its declared size or the budget left for all parts. */
function inflate(file: string, part: string, entry: JSZip.JSZipObject, info: ZipEntryInfo | undefined, budget: { remaining: number; readonly limit: number }): Promise<Uint8Array> {
  const overBudget = (): InputError =>
    new InputError(file, `the parts read would inflate to more than ${formatBytes(budget.limit)} in all; refused as a possible zip bomb`);
  const declared = info?.uncompressedSize ?? budget.remaining;
  if (declared > budget.remaining) return Promise.reject(overBudget());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stream = entry.nodeStream('nodebuffer');
    const stop = (error: InputError): void => {
      stream.pause();
      stream.removeAllListeners('data');
      reject(error);
    };
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > declared + 1024) return stop(new InputError(file, `zip entry ${part} inflates beyond its declared size; refused as a possible zip bomb`));
      if (total > budget.remaining) return stop(overBudget());
      chunks.push(chunk);
    });
    stream.on('error', (cause: Error) => reject(new InputError(file, `zip entry ${part} cannot be inflated (${zipProblem(cause)}); the .docx is damaged`, { cause })));
    stream.on('end', () => {
      budget.remaining -= total;
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
  });
}

/** JSZip's messages in plain words: its internals ("Bug : uncompressed data size mismatch") never reach the user. */
export function zipProblem(cause: unknown): string {
  const message = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0] ?? '';
  if (/size mismatch/i.test(message)) return 'an entry inflates to a size other than the one it declares';
  if (/crc32/i.test(message)) return 'an entry fails its checksum';
  if (/invalid (stored|code|distance|block)|incorrect header|unknown compression|invalid window/i.test(message)) return 'an entry\'s compressed data is corrupt';
  if (/end of data|end of central|corrupted zip|can't find end/i.test(message)) return 'the archive is cut short or its directory is corrupt';
  if (/encrypt/i.test(message)) return 'its entries are encrypted';
  return message.replace(/^(Bug|Corrupted zip)\s*:\s*/i, '').replace(/\s*\(.*$/, '').trim() || 'unreadable zip data';
}

/** How many "<" a part holds: an upper bound on its elements (each opens with one). */
function countTags(text: string): number {
  let count = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) count++;
  return count;
}
