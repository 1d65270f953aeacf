// `concord build`: read the reports, map them (and trace them), write every format at once.
// The action only: loaded when `build` runs, not for --help.

import { basename, relative, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { EXIT_CODES, UsageError } from '../../model/errors.ts';
import type { ProgressEvent } from '../../pipeline/compose.ts';
import { checkOutput, writeOutput, type OutputFile } from '../../pipeline/write-output.ts';
import type { MappingRun } from '../../pipeline/types.ts';
import { checkOptionFiles } from '../read-files.ts';
import { FILE_NAMES, FORMATS, isFormat, type Format } from '../../renderers/render-formats.ts';
import { EDITIONS, forEdition, type EditionName } from '../../renderers/layout/method-facts.ts';

export interface BuildFlags {
  out: string;
  codebook?: string;
  examples?: string | readonly string[];
  outcome?: string;
  outcomeSymbol?: string;
  symbol?: string;
  formats: string;
  edition?: string;
  force?: boolean;
}

/** The PDF is not a renderer of the run but LibreOffice's layout of the Word file (renderers/pdf). */
export const PDF = 'pdf';
const PDF_NAME = 'mapping.pdf';

export function parseFormats(list: string): Format[] {
  return parseOutputs(list).formats;
}

/** --formats: the renderers' formats, and whether mapping.pdf is asked for. */
export function parseOutputs(list: string): { formats: Format[]; pdf: boolean } {
  const names = list.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  const wrong = names.filter((n) => !isFormat(n) && n !== PDF);
  if (wrong.length > 0 || names.length === 0) {
    throw new UsageError(`unknown format ${wrong.join(', ') || '(none)'} in --formats; expected a comma-separated list of ${FORMATS.join(', ')}, ${PDF}`);
  }
  return { formats: names.filter(isFormat), pdf: names.includes(PDF) };
}

function editionOf(name: string | undefined): EditionName {
  if (name === undefined) return 'review';
  const edition = EDITIONS.find((e) => e === name);
  if (edition === undefined) throw new UsageError(`unknown edition "${name}" in --edition; expected ${EDITIONS.join(' or ')}`);
  return edition;
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

const NO_PAGES = "warning: LibreOffice is not installed, so the pages are not known: the contents of mapping.docx is a field that Word fills in when the file is opened (LibreOffice does not), and the index names the annexes' sections instead of their pages";

interface LayOutOptions {
  readonly edition: EditionName;
  readonly formats: readonly Format[];
  readonly pdf: boolean;
  /** mapping.pdf asked for, or the final edition's Word file. */
  readonly paging: boolean;
  readonly soffice: string | undefined;
  readonly onProgress: (e: ProgressEvent) => void;
}

/**
 * LibreOffice's layout of the Word file: mapping.pdf, and the final edition's run with the pages its contents
 * and index print (its Word file is the one laid out). Returns the formats still to render and the files made here.
 */
async function layOut(run: MappingRun, options: LayOutOptions): Promise<{ run: MappingRun; rendered: Format[]; files: OutputFile[] }> {
  const unchanged = { run, rendered: [...options.formats], files: [] };
  if (!options.paging) return unchanged;
  if (options.soffice === undefined) {
    console.error(NO_PAGES);
    return unchanged;
  }
  options.onProgress({ phase: 'pages', current: 0, total: 1, detail: 'laying out mapping.docx with LibreOffice for its page numbers' });
  const [{ paginate }, { renderDocx }] = await Promise.all([import('../../renderers/pdf/paginate.ts'), import('../../renderers/docx/index.ts')]);
  let paged;
  try {
    paged = await paginate(run, options.soffice, renderDocx);
  } catch (error) {
    // Without the PDF asked for, a LibreOffice that fails costs the page numbers, not the build.
    if (options.pdf) throw error;
    console.error(`warning: ${error instanceof Error ? error.message : String(error)}; the contents of mapping.docx is a field that Word fills in when the file is opened`);
    return unchanged;
  }
  options.onProgress({ phase: 'pages', current: 1, total: 1, detail: `${paged.passes} layouts by LibreOffice${paged.stable ? '' : ' (the numbers still moved at the last)'}` });
  if (!paged.stable) console.error(`warning: the page numbers of mapping.docx still moved after ${paged.passes} layouts; they may be off by a page`);
  const files: OutputFile[] = options.pdf ? [{ name: PDF_NAME, bytes: paged.pdf }] : [];
  // The review edition's Word file stays as it always was; only its PDF is numbered.
  if (options.edition !== 'final') return { ...unchanged, files };
  if (!options.formats.includes('docx')) return { run: paged.run, rendered: [...options.formats], files };
  return { run: paged.run, rendered: options.formats.filter((f) => f !== 'docx'), files: [...files, { name: FILE_NAMES.docx, bytes: paged.docx }] };
}

/** The action of `concord build` (its options are declared in cli/definitions/build.ts). */
export async function runBuild(inputs: string[], flags: BuildFlags): Promise<void> {
  const { formats, pdf } = parseOutputs(flags.formats);
  const edition = editionOf(flags.edition);
  await checkOptionFiles({ '--outcome': flags.outcome, '--examples': flags.examples });
  // LibreOffice writes mapping.pdf and, for the final edition, lays out the Word file to number its contents.
  const paging = pdf || (edition === 'final' && formats.includes('docx'));
  const office = paging ? await import('../../renderers/pdf/soffice.ts') : undefined;
  const soffice = await office?.findSoffice();
  if (pdf && soffice === undefined) {
    throw new UsageError(`--formats ${PDF} needs LibreOffice, which is not installed here: ${office?.SOFFICE_HINT ?? ''}; or leave ${PDF} out of --formats`);
  }
  // Loaded here, not at start-up, so that other commands do not pay for the pipeline.
  const [{ runPipeline }, { beginRenderers, renderForOutput, streamTraces, warmRenderers }, { loadCodebook }] = await Promise.all([import('../../pipeline/run.ts'), import('../../renderers/render-all.ts'), import('../../mapping/index.ts')]);
  // A broken or missing codebook (exit 4) is reported before the output folder is looked at or a report read.
  await loadCodebook(flags.codebook);
  await checkOutput(flags.out, flags.force === true);
  // The Word and Excel workers load their libraries while the reports are read and mapped.
  warmRenderers(formats);
  const progress = reporter();
  let run: MappingRun;
  let messages;
  try {
    ({ value: run, messages } = await runPipeline(inputs, {
      ...(flags.codebook === undefined ? {} : { codebook: flags.codebook }),
      ...(flags.examples === undefined ? {} : { examples: flags.examples }),
      ...(flags.outcome === undefined ? {} : { outcome: flags.outcome }),
      ...(flags.outcomeSymbol === undefined ? {} : { outcomeSymbol: flags.outcomeSymbol }),
      ...(flags.symbol === undefined ? {} : { symbol: flags.symbol }),
      onProgress: progress.onProgress,
      // The final edition's method note reads the documents (the meetings a snapshot lists, the reports' sections).
      keepModels: formats.includes('qdpx') || formats.includes('akn') || edition === 'final',
      // The Word file begins in its worker while the recommendations are traced (the review edition, not laid out by LibreOffice),
      // and builds Annex C's tables from each trace as it is made.
      ...(edition === 'review' && !paging ? { onMapped: beginRenderers, onTraced: streamTraces } : {}),
    }));
    run = forEdition(run, edition);
    const laid = await layOut(run, { edition, formats, pdf, paging, soffice, onProgress: progress.onProgress });
    run = laid.run;
    progress.onProgress({ phase: 'render', current: 0, total: formats.length });
    // The Word annexes render in a worker thread meanwhile the other formats render here.
    // Each file is written as soon as it is rendered, while the others still render.
    const files = [...renderForOutput(run, laid.rendered, { threads: true, onRendered: (_, done) => progress.onProgress({ phase: 'render', current: done, total: formats.length }) }), ...laid.files];
    const written = await writeOutput(flags.out, files, flags.force === true);
    progress.onProgress({ phase: 'render', current: formats.length, total: formats.length, detail: written.map((path) => basename(path)).join(', ') });
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
  if (pdf) console.log(`  PDF: ${shown(PDF_NAME)}`);
  if (run.skipped.length > 0) process.exitCode = EXIT_CODES.input;
}
