// `concord trace`: its arguments and options. Light: mapping and tracing are loaded only when it runs.
import type { Command } from 'commander';
import type { TraceFlags } from '../commands/trace.ts';
import { addProfileOption, applyProfile } from './profile-option.ts';

export function defineTrace(program: Command): void {
  const command = program
    .command('trace')
    .description('Trace every recommendation into the outcome document (e.g. the Kyoto Declaration in the congress report)')
    .argument('<files...>', 'regional reports (.txt, .docx, .pdf)')
    .option('--outcome <file>', 'the outcome document to trace into, e.g. the congress report (required)')
    .option('--outcome-symbol <symbol>', 'symbol of the outcome document when it does not state it (e.g. A/CONF.234/16)')
    .option('--codebook <file|name>', 'codebook YAML file or shipped name', undefined)
    .option('--examples <file>', 'coded examples: topics (the shape of gold/topics.dev.json) and/or links into the outcome (of gold/trace.dev.json); an OHCHR thematic list (.docx), a Concord mapping.json, a REFI-QDA .qdpx; a .yaml crosswalk for old labels; once or more', (file: string, given: string[] = []) => [...given, file])
    .option('--symbol <symbol>', 'symbol of the (single) report when it does not state it')
    .option('--json', 'print JSON instead of the report');
  addProfileOption(command)
    .action(async (files: string[], flags: TraceFlags & { profile?: string }) => {
      await applyProfile(flags);
      const { runTrace } = await import('../commands/trace.ts');
      process.exitCode = await runTrace(files, flags);
    });
}
