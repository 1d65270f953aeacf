// `concord trace <file>… --outcome FILE [--outcome-symbol S] [--codebook FILE|NAME] [--examples FILE] [--symbol S] [--json]`:
// (--examples may code links as well as topics: coded recommendations become precedents for tracing)
// reads the regional reports and the outcome document, maps every recommendation, traces it into
// the outcome and prints, per recommendation, its status and best links, then coverage tables
// (or the `map` JSON with `trace` on every recommendation and `outcome` at the top level).
import { processIo, readExitCode, readFiles, type CliIo } from '../read-files.ts';
import type { Command } from 'commander';
import type { ConcordDocument } from '../../model/types.ts';
import { UsageError } from '../../model/errors.ts';
import { readDocument } from '../../readers/index.ts';
import { loadCodebook, mapRecommendations, readExampleItems, resolveExamples, topicExamples } from '../../mapping/index.ts';
import { traceRecommendations, type CoverageRow, type TraceResult } from '../../tracing/index.ts';
import { codedTraces, resolveCodedTraces } from '../../tracing/coded-traces.ts';

interface TraceFlags {
  readonly outcome?: string;
  readonly outcomeSymbol?: string;
  readonly codebook?: string;
  readonly examples?: string;
  readonly symbol?: string;
  readonly json?: boolean;
}

export type TraceIo = CliIo;

function coverageTable(title: string, rows: readonly CoverageRow[]): string[] {
  const lines = [title, `  ${'key'.padEnd(34)} total strong partial not-taken-up`];
  for (const row of rows) {
    const key = row.key.length > 33 ? `${row.key.slice(0, 32)}…` : row.key;
    lines.push(`  ${key.padEnd(34)} ${String(row.total).padStart(5)} ${String(row.strong).padStart(6)} ${String(row.partial).padStart(7)} ${String(row.notTakenUp).padStart(12)}`);
  }
  return lines;
}

/** The readable report: every recommendation's status and links, then coverage per region and per topic. */
export function traceReport(documents: readonly ConcordDocument[], result: TraceResult): string {
  const lines = [`Outcome: ${result.outcome.title} (${result.outcome.symbol}, ${result.outcome.paragraphs.length} paragraphs)`, ''];
  for (const doc of documents) {
    lines.push(`${doc.symbol}  ${doc.source}  (${doc.recommendations.length} recommendations)`);
    for (const rec of doc.recommendations) {
      const trace = result.traces.get(rec.id);
      lines.push(`  ${rec.citation}  ${trace?.status ?? 'not-taken-up'}`);
      for (const link of trace?.links ?? []) {
        const theme = link.headings?.at(-1);
        lines.push(`    para. ${String(link.paragraph).padEnd(3)} ${link.strength.padEnd(7)} ${link.score.toFixed(2)}${theme === undefined ? '' : `  ${theme}`}`);
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
  const codebook = await loadCodebook(flags.codebook);
  // One examples file, read once: its topics teach the mapping, its links are precedents for tracing.
  const items = flags.examples === undefined ? [] : readExampleItems(flags.examples, codebook);
  const coded = codedTraces(items);
  const outcomeDocument = await readDocument(flags.outcome, flags.outcomeSymbol === undefined ? {} : { symbol: flags.outcomeSymbol });
  if (outcomeDocument.symbolProvisional && flags.outcomeSymbol === undefined) {
    io.err(`concord trace: ${flags.outcome} does not state its symbol; citations use "${outcomeDocument.symbol}" (give --outcome-symbol, e.g. A/CONF.234/16)`);
  }
  const { documents, errors } = await readFiles(files, flags.symbol, io);
  const recommendations = documents.flatMap((d) => d.recommendations);
  const { found } = resolveExamples(topicExamples(items), recommendations);
  const mapped = documents.map((doc) => ({ doc, recs: mapRecommendations(doc.recommendations, codebook, { examples: found }) }));
  const precedents = resolveCodedTraces(coded, recommendations);
  if (precedents.missing > 0) {
    io.err(`concord trace: ${precedents.missing} of ${coded.length} coded traces name no recommendation of the files given and have no "text"; they are ignored`);
  }
  const result = traceRecommendations(mapped.flatMap((m) => m.recs), outcomeDocument, codebook, {
    ...(flags.outcomeSymbol === undefined ? {} : { outcomeSymbol: flags.outcomeSymbol }),
    ...(precedents.found.length === 0 ? {} : { examples: precedents.found }),
  });
  if (result.outcome.paragraphs.length === 0) {
    io.err(`concord trace: ${flags.outcome} has no numbered paragraphs to trace into (expected a declaration or resolution with numbered paragraphs, e.g. the congress report's chapter I, resolution 1)`);
  }
  if (flags.json === true) {
    const out = {
      codebook: { id: codebook.id, title: codebook.title, ...(codebook.version === undefined ? {} : { version: codebook.version }) },
      documents: mapped.map(({ doc, recs }) => ({ ...doc, recommendations: recs.map((rec) => ({ ...rec, trace: result.traces.get(rec.id) })) })),
      outcome: result.outcome,
      ...(errors.length === 0 ? {} : { errors }),
    };
    io.out(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    io.out(traceReport(mapped.map((m) => m.doc), result));
  }
  return readExitCode(errors);
}

export function registerTrace(program: Command): void {
  program
    .command('trace')
    .description('Trace every recommendation into the outcome document (e.g. the Kyoto Declaration in the congress report)')
    .argument('<files...>', 'regional reports (.txt, .docx, .pdf)')
    .option('--outcome <file>', 'the outcome document to trace into, e.g. the congress report (required)')
    .option('--outcome-symbol <symbol>', 'symbol of the outcome document when it does not state it (e.g. A/CONF.234/16)')
    .option('--codebook <file|name>', 'codebook YAML file or shipped name', undefined)
    .option('--examples <file>', 'coded examples: topics (the shape of gold/topics.dev.json) and/or links into the outcome (of gold/trace.dev.json)')
    .option('--symbol <symbol>', 'symbol of the (single) report when it does not state it')
    .option('--json', 'print JSON instead of the report')
    .action(async (files: string[], flags: TraceFlags) => {
      process.exitCode = await runTrace(files, flags);
    });
}
