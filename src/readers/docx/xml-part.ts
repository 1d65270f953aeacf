// Parses one XML part of the package safely: refuses entity declarations (billion
// laughs, external entities), strips any other DOCTYPE with a warning (Word never
// writes one), and turns a malformed part into an InputError naming the part.
import { DOMParser, type Document } from '@xmldom/xmldom';
import { InputError } from '../../model/errors.ts';
import type { Message } from '../../model/types.ts';

const DOCTYPE = /<!DOCTYPE(?:[^[>]*\[[\s\S]*?\]\s*>|[^>]*>)/i;

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
  const doctype = DOCTYPE.exec(xml) ?? (/<!DOCTYPE/i.test(xml) ? [''] : null);
  if (doctype !== null) {
    if (/<!ENTITY/i.test(xml) || doctype[0] === '') {
      throw new InputError(file, `${part} declares a DOCTYPE with entities; Concord never resolves XML entities, and Word never writes them, so the file is refused`);
    }
    xml = xml.replace(DOCTYPE, '');
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
