// `concord map <file>… [--codebook FILE|NAME] [--examples FILE] [--symbol S] [--json]`:
// reads reports, maps every recommendation onto the codebook's topics and prints a table
// (citation, topics with score, evidence phrases) or the parse JSON with `topics` added.
import { codebookHeader, printMessages, processIo, type CliIo } from '../read-files.ts';
import type { ConcordDocument } from '../../model/types.ts';
import { EXIT_CODES, UsageError } from '../../model/errors.ts';
import { loadCodebook } from '../../mapping/index.ts';
import type { MappedRecommendation } from '../../mapping/index.ts';
import { composeRun } from '../../pipeline/compose.ts';

export interface MapFlags {
  readonly codebook?: string;
  readonly examples?: string | readonly string[];
  readonly symbol?: string;
  readonly json?: boolean;
}

/** The readable table of one mapped document. */
export function mappingTable(doc: ConcordDocument, mapped: readonly MappedRecommendation[]): string {
  const lines = [`${doc.symbol}  ${doc.source}  (${mapped.length} recommendations)`];
  for (const rec of mapped) {
    lines.push(`  ${rec.citation}`);
    for (const topic of rec.topics) {
      const score = `${topic.score.toFixed(2)}${topic.lowConfidence ? '*' : ' '}`;
      const label = topic.label.length > 60 ? `${topic.label.slice(0, 59)}…` : topic.label;
      lines.push(`    ${topic.id.padEnd(4)} ${score}  ${label}`);
      lines.push(`                 ${topic.evidence.map((span) => `"${span.text}"`).join('; ')}`);
    }
  }
  return lines.join('\n');
}

export type MapIo = CliIo;

/**
 * Reads each file, maps its recommendations and writes the table (or the JSON) to `io.out`.
 * A file that cannot be read gets one line on `io.err`; the exit code is EXIT_CODES.input
 * when any file could not be read (the others are still mapped). A bad codebook or examples file throws (ConcordError).
 */
export async function runMap(files: readonly string[], flags: MapFlags, io: MapIo = processIo): Promise<number> {
  if (files.length === 0) throw new UsageError('give at least one report file');
  if (flags.symbol !== undefined && files.length > 1) {
    throw new UsageError('--symbol names one document: give a single file with it (e.g. concord map congress-report.txt --symbol A/CONF.234/16)');
  }
  const codebook = await loadCodebook(flags.codebook);
  const { value, messages } = await composeRun(files, { codebook, examples: flags.examples, symbol: flags.symbol, scope: 'every-document' });
  printMessages('map', messages, io);
  const byId = new Map(value.mapped.map((r) => [r.id, r]));
  const mapped = value.read.documents.map(({ document: doc }) => ({ doc, recs: doc.recommendations.map((r) => byId.get(r.id) ?? { ...r, topics: [] }) }));
  const errors = value.read.skipped.map((s) => ({ source: s.source, error: `${s.source}: ${s.reason}` }));
  if (flags.json === true) {
    const out = {
      codebook: codebookHeader(codebook),
      documents: mapped.map(({ doc, recs }) => ({ ...doc, recommendations: recs })),
      ...(errors.length === 0 ? {} : { errors }),
    };
    io.out(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const { doc, recs } of mapped) io.out(`${mappingTable(doc, recs)}\n\n`);
    if (mapped.length > 0) io.out('* low confidence: no clear key phrase; the best topic is given for review\n');
  }
  return errors.length > 0 ? EXIT_CODES.input : 0;
}
