// Parses one XML part of the package safely: refuses entity declarations (billion
// laughs, external entities), strips any other DOCTYPE with a warning (Word never
// writes one), and turns a malformed part into an InputError naming the part.
import { DOMParser, type Document } from '@xmldom/xmldom';
import { InputError } from '../../model/errors.ts';
import type { Message } from '../../model/types.ts';

/**
 * Where the first DOCTYPE declaration stands ("unclosed" when it never ends), found with
 * forward scans: /<!DOCTYPE(?:[^[>]*\[[\s\S]*?\]\s*>|[^>]*>)/i took seconds on a long one.
 */
function findDoctype(xml: string): { start: number; end: number } | 'unclosed' | undefined {
  const open = /<!DOCTYPE/i.exec(xml);
  if (open === null) return undefined;
  const after = open.index + open[0].length;
  const gt = xml.indexOf('>', after);
  const bracket = xml.indexOf('[', after);
  if (bracket >= 0 && (gt < 0 || bracket < gt)) {
    const close = /\]\s*>/g;
    close.lastIndex = bracket + 1;
    const end = close.exec(xml);
    if (end !== null) return { start: open.index, end: end.index + end[0].length };
  }
  return gt < 0 ? 'unclosed' : { start: open.index, end: gt + 1 };
}

/** Decodes a part's bytes (UTF-8, or UTF-16 with a byte-order mark). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Parses XML text of `part` in file `file`. Odd-but-readable input (a harmless DOCTYPE,
 * recoverable markup errors) yields warnings in `messages`; unreadable input throws.
 */
export function parseXmlPart(file: string, part: string, text: string, messages: Message[]): Document {
  let xml = text;
  const doctype = findDoctype(xml);
  if (doctype !== undefined) {
    if (doctype === 'unclosed' || /<!ENTITY/i.test(xml)) {
      throw new InputError(file, `${part} declares a DOCTYPE with entities; Concord never resolves XML entities, and Word never writes them, so the file is refused`);
    }
    xml = xml.slice(0, doctype.start) + xml.slice(doctype.end);
    messages.push({
      severity: 'warning',
      reason: `${part} carried a DOCTYPE declaration, which Word never writes; it was removed and not resolved`,
      ruleId: 'docx-doctype-removed',
      place: { source: part },
      source: 'concord:docx',
    });
  }
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'fatalError') throw new Error(message);
      if (level === 'error') problems.push(message);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(xml, 'text/xml');
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new InputError(file, `${part} is not well-formed XML (${detail}); the .docx is damaged`, { cause });
  }
  if (doc.documentElement === null) throw new InputError(file, `${part} has no root element; the .docx is damaged`);
  if (problems.length > 0) {
    messages.push({
      severity: 'warning',
      reason: `${part} has ${problems.length} XML error(s), read as well as possible: ${problems[0]?.split('\n')[0] ?? ''}`,
      ruleId: 'docx-xml-recovered',
      place: { source: part },
      source: 'concord:docx',
    });
  }
  return doc;
}
