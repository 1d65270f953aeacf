// `concord build`: read the reports, map them (and trace them), write every format at once.
// The action only: loaded when `build` runs, not for --help.

import { relative, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { EXIT_CODES, UsageError } from '../../model/errors.ts';
import type { ProgressEvent } from '../../pipeline/compose.ts';
import { checkOutput, writeOutput } from '../../pipeline/write-output.ts';
import { checkOptionFiles } from '../read-files.ts';
import { FILE_NAMES, FORMATS, isFormat, type Format } from '../../renderers/render-formats.ts';

export interface BuildFlags {
  out: string;
  codebook?: string;
  examples?: string | readonly string[];
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

/** The action of `concord build` (its options are declared in cli/definitions/build.ts). */
export async function runBuild(inputs: string[], flags: BuildFlags): Promise<void> {
  const formats = parseFormats(flags.formats);
  await checkOptionFiles({ '--outcome': flags.outcome, '--examples': flags.examples });
  // Loaded here, not at start-up, so that other commands do not pay for the pipeline.
  const [{ runPipeline }, { renderForOutput, warmRenderers }, { loadCodebook }] = await Promise.all([import('../../pipeline/run.ts'), import('../../renderers/render-all.ts'), import('../../mapping/index.ts')]);
  // A broken or missing codebook (exit 4) is reported before the output folder is looked at or a report read.
  await loadCodebook(flags.codebook);
  await checkOutput(flags.out, flags.force === true);
  // The Word and Excel workers load their libraries while the reports are read and mapped.
  warmRenderers(formats);
  const progress = reporter();
  let run;
  let messages;
  try {
    ({ value: run, messages } = await runPipeline(inputs, {
      ...(flags.codebook === undefined ? {} : { codebook: flags.codebook }),
      ...(flags.examples === undefined ? {} : { examples: flags.examples }),
      ...(flags.outcome === undefined ? {} : { outcome: flags.outcome }),
      ...(flags.outcomeSymbol === undefined ? {} : { outcomeSymbol: flags.outcomeSymbol }),
      ...(flags.symbol === undefined ? {} : { symbol: flags.symbol }),
      onProgress: progress.onProgress,
      keepModels: formats.includes('qdpx') || formats.includes('akn'),
    }));
    progress.onProgress({ phase: 'render', current: 0, total: formats.length });
    // The Word annexes render in a worker thread meanwhile the other formats render here.
    const files = await renderForOutput(run, formats, { threads: true, onRendered: (_, done) => progress.onProgress({ phase: 'render', current: done, total: formats.length }) });
    progress.onProgress({ phase: 'render', current: formats.length, total: formats.length, detail: files.map((f) => f.name).join(', ') });
    await writeOutput(flags.out, files, flags.force === true);
  } finally {
    progress.stop();
  }
  for (const d of run.documents) if (d.excluded !== undefined) console.error(`not mapped: ${d.source}: ${d.excluded}`);
  for (const s of run.skipped) console.error(`skipped: ${s.source}: ${s.reason}`);
  // Files that could not be read are listed just above; the other messages are the steps' warnings.
  for (const m of messages) if (m.severity === 'warning') console.error(`warning: ${m.reason}`);
  const shown = (name: string): string => {
    const rel = relative(process.cwd(), resolve(flags.out, name));
    return rel.startsWith('..') ? resolve(flags.out, name) : rel;
  };
  const mapped = run.documents.filter((d) => d.excluded === undefined).length;
  console.log(`Mapped ${run.recommendations.length} recommendations from ${mapped} report${mapped === 1 ? '' : 's'} into ${flags.out}`);
  if (formats.includes('html')) console.log(`  open ${shown(FILE_NAMES.html)}`);
  if (formats.includes('docx')) console.log(`  Word: ${shown(FILE_NAMES.docx)}`);
  if (run.skipped.length > 0) process.exitCode = EXIT_CODES.input;
}
