// Reads the real corpus once per test file (parsing is deterministic and cheap).
import { readDocument } from '../../src/readers/index.ts';
import type { ConcordDocument } from '../../src/model/types.ts';
import { corpusPath } from '../support/shared.ts';

const cache = new Map<string, Promise<ConcordDocument>>();

export function corpusDocument(name: string, symbol?: string): Promise<ConcordDocument> {
  const key = `${name}|${symbol ?? ''}`;
  let doc = cache.get(key);
  if (doc === undefined) {
    doc = readDocument(corpusPath(name), symbol === undefined ? {} : { symbol });
    cache.set(key, doc);
  }
  return doc;
}

/** Checks a recommendation or paragraph text is whole and clean. */
export function cleanTextProblems(text: string): string[] {
  const problems: string[] = [];
  if (/<\/?[a-z]+>/i.test(text)) problems.push('inline tag');
  if (/\]\(#?\)|\]\(#\)|\[[^\]]*\]\(/.test(text)) problems.push('link markup');
  if (/[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text)) problems.push('footnote marker');
  if (/\*/.test(text)) problems.push('emphasis markup');
  if (/\s{2,}/.test(text) || text !== text.trim()) problems.push('whitespace');
  if (!/[.;:]["”’)]?$/.test(text)) problems.push('does not end a sentence (page-break half?)');
  if (/^[a-z]/.test(text)) problems.push('starts lowercase (page-break half?)');
  return problems;
}
