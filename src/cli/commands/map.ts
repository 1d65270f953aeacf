// `concord map <file>… [--codebook FILE|NAME] [--examples FILE] [--symbol S] [--json]`:
// reads reports, maps every recommendation onto the codebook's topics and prints a table
// (citation, topics with score, evidence phrases) or the parse JSON with `topics` added.
import { processIo, readExitCode, readFiles, type CliIo } from '../read-files.ts';
import type { Command } from 'commander';
import type { ConcordDocument } from '../../model/types.ts';
import { UsageError } from '../../model/errors.ts';
import { loadCodebook, loadExamples, mapRecommendations, resolveExamples } from '../../mapping/index.ts';
import type { CodedExample, MappedRecommendation } from '../../mapping/index.ts';

interface MapFlags {
  readonly codebook?: string;
  readonly examples?: string;
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
  const examples: CodedExample[] = flags.examples === undefined ? [] : await loadExamples(flags.examples, codebook);
  const { documents, errors } = await readFiles(files, flags.symbol, io);
  const { found, missing } = resolveExamples(examples, documents.flatMap((d) => d.recommendations));
  if (missing > 0) {
    io.err(`concord map: ${missing} of ${examples.length} examples name no recommendation of the files given and have no "text"; they are ignored`);
  }
  const mapped = documents.map((doc) => ({ doc, recs: mapRecommendations(doc.recommendations, codebook, { examples: found }) }));
  if (flags.json === true) {
    const out = {
      codebook: { id: codebook.id, title: codebook.title, ...(codebook.version === undefined ? {} : { version: codebook.version }) },
      documents: mapped.map(({ doc, recs }) => ({ ...doc, recommendations: recs })),
      ...(errors.length === 0 ? {} : { errors }),
    };
    io.out(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const { doc, recs } of mapped) io.out(`${mappingTable(doc, recs)}\n\n`);
    if (mapped.length > 0) io.out('* low confidence: no clear key phrase; the best topic is given for review\n');
  }
  return readExitCode(errors);
}

export function registerMap(program: Command): void {
  program
    .command('map')
    .description('map every recommendation of the reports onto the topics of a codebook, with evidence phrases')
    .argument('<files...>', 'report files (.txt, .docx, .pdf)')
    .option('--codebook <file|name>', 'a codebook YAML file or the name of a shipped codebook', 'crime-congress-14')
    .option('--examples <file>', 'coded examples to learn from (JSON, the shape of gold/topics.dev.json)')
    .option('--symbol <symbol>', 'the document symbol, when the document does not state it (one file only)')
    .option('--json', 'print the documents as JSON (the parse --json shape) with "topics" on every recommendation')
    .action(async (files: string[], flags: MapFlags) => {
      const code = await runMap(files, flags);
      if (code !== 0) process.exitCode = code;
    });
}
