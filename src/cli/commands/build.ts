// `concord build`: read the reports, map them (and trace them), write every format at once.

import { relative, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { Option, type Command } from 'commander';
import { EXIT_CODES, UsageError } from '../../model/errors.ts';
import type { ProgressEvent } from '../../pipeline/run.ts';
import { checkOutput, writeOutput } from '../../pipeline/write-output.ts';
import { DEFAULT_FORMATS, FILE_NAMES, FORMATS, isFormat, type Format } from '../../renderers/render-formats.ts';

interface BuildFlags {
  out: string;
  codebook?: string;
  examples?: string;
  outcome?: string;
  outcomeSymbol?: string;
  symbol?: string;
  formats: string;
  force?: boolean;
}

export function parseFormats(list: string): Format[] {
  const names = list.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  const wrong = names.filter((n) => !isFormat(n));
  if (wrong.length > 0 || names.length === 0) {
    throw new UsageError(`unknown format ${wrong.join(', ') || '(none)'} in --formats; expected a comma-separated list of ${FORMATS.join(', ')}`);
  }
  return names.filter(isFormat);
}

/** A bar per phase on a terminal; plain lines when the output is a pipe or a CI log. */
function reporter(): { onProgress: (e: ProgressEvent) => void; stop: () => void } {
  if (process.stderr.isTTY !== true) {
    return { onProgress: (e) => { if (e.detail !== undefined) console.error(`${e.phase} ${e.detail}`); }, stop: () => undefined };
  }
  let bar: cliProgress.SingleBar | undefined;
  let phase = '';
  const stop = (): void => { bar?.stop(); bar = undefined; };
  return {
    onProgress: (e) => {
      if (e.phase !== phase) {
        stop();
        phase = e.phase;
        bar = new cliProgress.SingleBar({ format: `${e.phase.padEnd(6)} [{bar}] {value}/{total} {detail}`, stream: process.stderr, hideCursor: true, clearOnComplete: false }, cliProgress.Presets.shades_classic);
        bar.start(Math.max(e.total, 1), e.current, { detail: '' });
      }
      bar?.update(e.current, { detail: e.detail ?? '' });
    },
    stop,
  };
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Map the reports in the folders and files given and write the index, annexes and tables (HTML, Word, Excel, CSV, JSON, Markdown)')
    .argument('<inputs...>', 'folders and files (.txt, .docx, .pdf)')
    .requiredOption('-o, --out <dir>', 'folder to write the outputs to')
    .option('--codebook <name|file>', 'codebook: a shipped name or a YAML file (default crime-congress-14)')
    .option('--examples <file>', 'coded examples: topics (the shape of gold/topics.dev.json) and/or links into the outcome (of gold/trace.dev.json)')
    .option('--outcome <file>', 'outcome document to trace the recommendations into (e.g. the congress report); adds Annex C')
    .option('--outcome-symbol <symbol>', 'symbol of the outcome document when it does not state it')
    .option('--symbol <symbol>', 'symbol of the report when it does not state it (one input file only)')
    .addOption(new Option('--formats <list>', `comma-separated formats: ${FORMATS.join(',')}`).default(DEFAULT_FORMATS.join(',')))
    .option('--force', 'replace --out when it exists and is not empty')
    .action(async (inputs: string[], flags: BuildFlags) => {
      const formats = parseFormats(flags.formats);
      await checkOutput(flags.out, flags.force === true);
      // Loaded here, not at start-up, so that other commands do not pay for the pipeline.
      const [{ buildRun }, { renderAll }] = await Promise.all([import('../../pipeline/run.ts'), import('../../renderers/render-all.ts')]);
      const progress = reporter();
      let run;
      try {
        run = await buildRun(inputs, {
          ...(flags.codebook === undefined ? {} : { codebook: flags.codebook }),
          ...(flags.examples === undefined ? {} : { examples: flags.examples }),
          ...(flags.outcome === undefined ? {} : { outcome: flags.outcome }),
          ...(flags.outcomeSymbol === undefined ? {} : { outcomeSymbol: flags.outcomeSymbol }),
          ...(flags.symbol === undefined ? {} : { symbol: flags.symbol }),
          onProgress: progress.onProgress,
        });
        const files = [];
        for (const [i, format] of formats.entries()) {
          progress.onProgress({ phase: 'render', current: i, total: formats.length });
          files.push(...(await renderAll(run, [format])));
        }
        progress.onProgress({ phase: 'render', current: formats.length, total: formats.length, detail: files.map((f) => f.name).join(', ') });
        await writeOutput(flags.out, files, flags.force === true);
      } finally {
        progress.stop();
      }
      for (const d of run.documents) if (d.excluded !== undefined) console.error(`not mapped: ${d.source}: ${d.excluded}`);
      for (const s of run.skipped) console.error(`skipped: ${s.source}: ${s.reason}`);
      const shown = (name: string): string => {
        const rel = relative(process.cwd(), resolve(flags.out, name));
        return rel.startsWith('..') ? resolve(flags.out, name) : rel;
      };
      const mapped = run.documents.filter((d) => d.excluded === undefined).length;
      console.log(`Mapped ${run.recommendations.length} recommendations from ${mapped} report${mapped === 1 ? '' : 's'} into ${flags.out}`);
      if (formats.includes('html')) console.log(`  open ${shown(FILE_NAMES.html)}`);
      if (formats.includes('docx')) console.log(`  Word: ${shown(FILE_NAMES.docx)}`);
      if (run.skipped.length > 0) process.exitCode = EXIT_CODES.input;
    });
}
