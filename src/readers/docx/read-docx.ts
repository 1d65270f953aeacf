// DOCX reader: Word file bytes in, blocks and footnotes out (one block per
// printed paragraph, numbering included), for the shared structurer.
// It reads the WordprocessingML with jszip + @xmldom/xmldom (the libraries mammoth
// itself is built on) rather than through mammoth: mammoth drops list labels (no
// lvlText, start values or overrides, so "16." and "(c)" would be lost), has no
// public per-paragraph API, and inflates zip entries without size limits.
import type { Element } from '@xmldom/xmldom';
import type { Block, ReadResult } from '../blocks.ts';
import type { Message } from '../../model/types.ts';
import { InputError } from '../../model/errors.ts';
import { openDocxPackage } from './open-package.ts';
import { StyleTable } from './styles.ts';
import { NumberingState } from './numbering.ts';
import { FootnoteNumbering } from './footnote-numbering.ts';
import { readBody } from './read-body.ts';
import { closeTocArea } from './toc-area.ts';
import { symbolFromHeaders, symbolFromMasthead } from './stated-symbol.ts';
import { child, isW } from './xml.ts';
import type { ZipLimits } from './zip-guard.ts';
import type { Problem } from './inline-text.ts';
import { LIMITS } from '../limits.ts';

/**
 * Reads a Word document's bytes into blocks and footnotes.
 * Throws InputError when the file is not a readable .docx (not a zip, encrypted,
 * a zip bomb, entity-laden XML, no main document).
 */
export async function readDocx(name: string, bytes: Uint8Array, limits?: ZipLimits): Promise<ReadResult> {
  try {
    return await readPackage(name, bytes, limits);
  } catch (error) {
    // Only absurdly deep element nesting (hostile XML) exhausts the stack; Word nests a few levels.
    // Any other RangeError is a bug to report as such, not a nesting problem.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new InputError(name, 'nests its XML elements too deeply to read; the .docx is damaged or hostile', { cause: error });
    }
    throw error;
  }
}

async function readPackage(name: string, bytes: Uint8Array, limits: ZipLimits | undefined): Promise<ReadResult> {
  const messages: Message[] = [];
  const pkg = await openDocxPackage(name, bytes, messages, limits);
  const root = pkg.document.documentElement as Element | null;
  const body = root === null || !isW(root, 'document') ? undefined : child(root, 'body');
  if (body === undefined) {
    throw new InputError(name, `is not a Word document: its main part ${pkg.mainPath} holds no Word body (an Excel or PowerPoint file, or a damaged .docx?)`);
  }

  const styles = new StyleTable(pkg.styles, name);
  const numbering = new NumberingState(pkg.numbering, styles);
  const footnoteNumbering = new FootnoteNumbering(pkg.settings, body);
  const notes = new Set<string>();
  const problems: Problem[] = [];
  const read = readBody(body, { name, styles, numbering, footnotes: footnoteNumbering, notes, problems });
  const blocks = closeTocArea(read.blocks, read.tocLike);
  const { footnotes, unreferenced } = footnoteNumbering.bodies(pkg.footnotes, name);

  const warn = (reason: string, ruleId: string): void => {
    messages.push({ severity: 'warning', reason, ruleId, place: { source: name }, source: 'concord:docx' });
  };
  if (blocks.length === 0) warn('the Word document has no text in its body', 'docx-empty');
  for (const fmt of numbering.unknownFormats) warn(`list numbering format "${fmt}" is not read; its labels are printed as decimal numbers`, 'docx-numbering-format');
  if (footnoteNumbering.restarts && footnotes.length > 0) warn('footnote numbers restart on each page or section in Word; Concord numbers them continuously, so markers may differ from the printed ones', 'docx-footnote-restart');
  if (notes.has('endnotes')) warn('the document has endnotes; their markers and text are not read', 'docx-endnotes');
  for (const problem of problems.slice(0, 20)) {
    messages.push({ severity: 'warning', reason: problem.reason, ruleId: 'docx-bad-character', place: { source: name, index: problem.index }, source: 'concord:docx' });
  }
  if (problems.length > 20) warn(`${problems.length - 20} more characters could not be read and were printed as U+FFFD`, 'docx-bad-character');
  if (styles.deepChain) warn(`a style's w:basedOn chain runs deeper than ${LIMITS.styleDepth} styles; only the nearest ${LIMITS.styleDepth} were read`, 'docx-style-depth');
  for (const issue of numbering.issues) warn(issue, 'docx-numbering-limit');
  if (unreferenced.length > 0) warn(`${unreferenced.length} footnote(s) are never referenced in the text and were left out`, 'docx-footnote-unreferenced');

  const statedSymbol = symbolFromHeaders(pkg.headers) ?? symbolFromMasthead(blocks);
  return {
    format: 'docx',
    blocks: blocks satisfies Block[],
    footnotes,
    ...(statedSymbol === undefined ? {} : { statedSymbol }),
    messages,
  };
}
