// `concord build`: its arguments and options. Light: the pipeline and each renderer are loaded only when it runs.
import { Option, type Command } from 'commander';
import { DEFAULT_FORMATS, FORMATS } from '../../renderers/render-formats.ts';
import type { BuildFlags } from '../commands/build.ts';
import { addProfileOption, applyProfile } from './profile-option.ts';

export function defineBuild(program: Command): void {
  const command = program
    .command('build')
    .description('Map the reports in the folders and files given and write the index, annexes and tables (HTML, Word, Excel, CSV, JSON, Markdown)')
    .argument('<inputs...>', 'folders and files (.txt, .docx, .pdf)')
    .requiredOption('-o, --out <dir>', 'folder to write the outputs to')
    .option('--codebook <name|file>', 'codebook: a shipped name or a YAML file (default crime-congress-14)')
    .option('--examples <file>', 'coded examples: topics (the shape of gold/topics.dev.json) and/or links into the outcome (of gold/trace.dev.json); an OHCHR thematic list (.docx), a Concord mapping.json, a REFI-QDA .qdpx; a .yaml crosswalk for old labels; once or more', (file: string, given: string[] = []) => [...given, file])
    .option('--outcome <file>', 'outcome document to trace the recommendations into (e.g. the congress report); adds Annex C')
    .option('--outcome-symbol <symbol>', 'symbol of the outcome document when it does not state it')
    .option('--symbol <symbol>', 'symbol of the report when it does not state it (one input file only)')
    .addOption(new Option('--formats <list>', `comma-separated formats: ${FORMATS.join(',')},pdf (pdf through LibreOffice)`).default(DEFAULT_FORMATS.join(',')))
    .addOption(new Option('--edition <edition>', 'review: for the team (scores, flags, candidates); final: for circulation, with a background and method note and page numbers').choices(['review', 'final']).default('review'))
    .option('--force', 'replace --out when it exists and is not empty');
  addProfileOption(command)
    .action(async (inputs: string[], flags: BuildFlags & { profile?: string }) => {
      await applyProfile(flags);
      const { runBuild } = await import('../commands/build.ts');
      await runBuild(inputs, flags);
    });
}
