// `concord trace <file>… --outcome FILE [--outcome-symbol S] [--codebook FILE|NAME] [--examples FILE] [--symbol S] [--json]`:
// (--examples may code links as well as topics: coded recommendations become precedents for tracing)
// reads the regional reports and the outcome document, maps every recommendation, traces it into
// the outcome and prints, per recommendation, its status and best links, then coverage tables
// (or the `map` JSON with `trace` on every recommendation and `outcome` at the top level).
import { checkOptionFiles, codebookHeader, printMessages, processIo, type CliIo } from '../read-files.ts';
import type { ConcordDocument } from '../../model/types.ts';
import { EXIT_CODES, UsageError } from '../../model/errors.ts';
import { loadCodebook } from '../../mapping/index.ts';
import type { CoverageRow, TraceResult } from '../../tracing/index.ts';
import { composeRun } from '../../pipeline/compose.ts';
import { STATUS_WORDING } from '../../renderers/layout/wording.ts';

export interface TraceFlags {
  readonly outcome?: string;
  readonly outcomeSymbol?: string;
  readonly codebook?: string;
  readonly examples?: string | readonly string[];
  readonly symbol?: string;
  readonly json?: boolean;
}

export type TraceIo = CliIo;

function coverageTable(title: string, rows: readonly CoverageRow[]): string[] {
  // The machine's "not-taken-up": no corresponding paragraph identified (renderers/layout/wording.ts).
  const lines = [title, `  ${'key'.padEnd(34)} total strong partial   none-found`];
  for (const row of rows) {
    const key = row.key.length > 33 ? `${row.key.slice(0, 32)}…` : row.key;
    lines.push(`  ${key.padEnd(34)} ${String(row.total).padStart(5)} ${String(row.strong).padStart(6)} ${String(row.partial).padStart(7)} ${String(row.notTakenUp).padStart(12)}`);
  }
  return lines;
}

/** The readable report: every recommendation's status and links, then coverage per region and per topic. */
export function traceReport(documents: readonly ConcordDocument[], result: TraceResult): string {
  const preambular = result.outcome.paragraphs.filter((p) => p.part === 'preamble').length;
  const counted = `${result.outcome.paragraphs.length - preambular} paragraphs${preambular === 0 ? '' : ` and ${preambular} of the preamble`}`;
  const lines = [`Outcome: ${result.outcome.title} (${result.outcome.symbol}, ${counted})`, ''];
  for (const doc of documents) {
    lines.push(`${doc.symbol}  ${doc.source}  (${doc.recommendations.length} recommendations)`);
    for (const rec of doc.recommendations) {
      const trace = result.traces.get(rec.id);
      const status = trace?.status ?? 'not-taken-up';
      const position = trace?.position === undefined ? undefined : `${trace.position}${trace.source === undefined ? '' : ` (${trace.source})`}`;
      lines.push(`  ${rec.citation}  ${position ?? (status === 'not-taken-up' ? STATUS_WORDING['none-found'].toLowerCase() : status)}`);
      for (const link of trace?.links ?? []) {
        const theme = link.headings?.at(-1);
        lines.push(`    ${link.part === 'preamble' ? `preamble, para. ${link.paragraph}` : `para. ${String(link.paragraph).padEnd(3)}`} ${link.strength.padEnd(7)} ${link.score.toFixed(2)}${theme === undefined ? '' : `  ${theme}`}`);
        lines.push(`             ${link.evidence.outcome.map((span) => `"${span.text}"`).join('; ')}`);
        if (link.precedent !== undefined) lines.push(`             linked alike for ${link.precedent.citation} (reads alike: ${link.precedent.similarity.toFixed(2)})`);
      }
    }
    lines.push('');
  }
  lines.push(...coverageTable('Coverage by region', result.outcome.coverage.byRegion), '');
  lines.push(...coverageTable('Coverage by topic', result.outcome.coverage.byTopic));
  return `${lines.join('\n')}\n`;
}

/**
 * Reads, maps and traces; writes the report (or JSON) to `io.out`. A report that cannot be read
 * gets one line on `io.err`; the exit code is 3 only when no report could be read. An outcome,
 * codebook or examples file that cannot be read throws (ConcordError).
 */
export async function runTrace(files: readonly string[], flags: TraceFlags, io: TraceIo = processIo): Promise<number> {
  if (files.length === 0) throw new UsageError('give at least one report file to trace (e.g. concord trace rpm-europe.txt --outcome congress-report.txt)');
  if (flags.outcome === undefined) throw new UsageError('--outcome FILE is required: the outcome document to trace into (e.g. --outcome congress-report.txt --outcome-symbol A/CONF.234/16)');
  if (flags.symbol !== undefined && files.length > 1) throw new UsageError('--symbol names one document: give a single report file with it');
  await checkOptionFiles({ '--outcome': flags.outcome, '--examples': flags.examples });
  const codebook = await loadCodebook(flags.codebook);
  const { value, messages } = await composeRun(files, {
    codebook,
    examples: flags.examples,
    outcome: flags.outcome,
    outcomeSymbol: flags.outcomeSymbol,
    symbol: flags.symbol,
    scope: 'every-document',
  });
  printMessages('trace', messages, io);
  const result = value.traced;
  if (result === undefined) throw new Error('a run with an outcome is traced');
  const byId = new Map(value.mapped.map((r) => [r.id, r]));
  const documents = value.read.documents.map(({ document }) => document);
  const errors = value.read.skipped.map((s) => ({ source: s.source, error: `${s.source}: ${s.reason}` }));
  if (flags.json === true) {
    const out = {
      codebook: codebookHeader(codebook),
      documents: documents.map((doc) => ({ ...doc, recommendations: doc.recommendations.map((r) => ({ ...(byId.get(r.id) ?? { ...r, topics: [] }), trace: result.traces.get(r.id) })) })),
      outcome: result.outcome,
      ...(errors.length === 0 ? {} : { errors }),
    };
    io.out(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    io.out(traceReport(documents, result));
  }
  return errors.length > 0 ? EXIT_CODES.input : 0;
}
