// `concord parse <file>… [--symbol S] [--json]`: reads reports into the document
// model and prints a summary (or the model as JSON). A file that cannot be read
// gets a one-line error and the others are still processed.

import { processIo, readExitCode, readFiles, type CliIo } from '../read-files.ts';
import type { ConcordDocument, Message } from '../../model/types.ts';
import { UsageError } from '../../model/errors.ts';

export interface ParseFlags {
  readonly symbol?: string;
  readonly json?: boolean;
}

function placeText(message: Message): string {
  const { place } = message;
  const parts: string[] = [];
  if (place.page !== undefined) parts.push(`page ${place.page}`);
  if (place.line !== undefined) parts.push(`line ${place.line}`);
  if (place.index !== undefined) parts.push(`paragraph #${place.index}`);
  // A decimal item keeps its point: "para. 121.12"; a lettered one is "para. 28 (c)".
  if (place.paragraph !== undefined) parts.push(`para. ${place.paragraph}${place.subparagraph === undefined ? '' : place.subparagraph.startsWith('.') ? place.subparagraph : ` (${place.subparagraph})`}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/** The readable summary of one document. */
export function summarise(doc: ConcordDocument): string {
  const lines: string[] = [];
  lines.push(`${doc.symbol}${doc.symbolProvisional ? ' (provisional: give the real one with --symbol)' : ''}  ${doc.source}`);
  lines.push(`  ${doc.title || '(no title found)'}`);
  lines.push(`  kind: ${doc.kind}${doc.region === undefined ? '' : ` · region: ${doc.region}`} · format: ${doc.format}`);
  if (doc.meeting !== undefined) {
    lines.push(`  meeting: ${[doc.meeting.name, doc.meeting.venue, doc.meeting.dates].filter((part) => part !== undefined).join(', ')}`);
  }
  const numbered = doc.paragraphs.filter((p) => p.number !== null).length;
  lines.push(`  ${doc.paragraphs.length} paragraphs (${numbered} numbered), ${doc.headings.length} headings, ${doc.footnotes.length} footnotes, ${doc.recommendations.length} recommendations`);
  const bySection = new Map<string, { count: number; first: string; last: string }>();
  for (const rec of doc.recommendations) {
    const key = rec.section[rec.section.length - 1] ?? '(no section)';
    const entry = bySection.get(key);
    if (entry === undefined) bySection.set(key, { count: 1, first: rec.citation, last: rec.citation });
    else { entry.count++; entry.last = rec.citation; }
  }
  for (const [section, entry] of bySection) {
    const short = section.length > 70 ? `${section.slice(0, 67)}…` : section;
    lines.push(`    ${String(entry.count).padStart(3)}  ${short}  [${entry.first.replace(/^.*?para\. /, 'para. ')} – ${entry.last.replace(/^.*?para\. /, 'para. ')}]`);
  }
  if (doc.messages.length > 0) {
    lines.push(`  messages (${doc.messages.length}):`);
    for (const message of doc.messages) lines.push(`    ${message.severity}: ${message.reason}${placeText(message)}`);
  }
  return lines.join('\n');
}

export type ParseIo = CliIo;

/**
 * Reads each file and writes summaries (or the JSON contract) to `io.out`; a file that
 * cannot be read gets one line on `io.err`. Returns the exit code: EXIT_CODES.input when
 * some file could not be read at all, else 0.
 */
export async function runParse(files: readonly string[], flags: ParseFlags, io: ParseIo = processIo): Promise<number> {
  if (files.length === 0) throw new UsageError('give at least one file');
  if (flags.symbol !== undefined && files.length > 1) {
    throw new UsageError('--symbol names one document: give a single file with it (e.g. concord parse congress-report.txt --symbol A/CONF.234/16)');
  }
  const { documents, errors } = await readFiles(files, flags.symbol, io, (doc) => {
    if (flags.json !== true) io.out(`${summarise(doc)}\n\n`);
  });
  if (flags.json === true) io.out(`${JSON.stringify({ documents, ...(errors.length === 0 ? {} : { errors }) }, null, 2)}\n`);
  return readExitCode(errors);
}
