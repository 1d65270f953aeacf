// `concord map`: its arguments and options. Light: the codebook and the NLP model are loaded only when it runs.
import type { Command } from 'commander';
import type { MapFlags } from '../commands/map.ts';
import { addProfileOption, applyProfile } from './profile-option.ts';

export function defineMap(program: Command): void {
  const command = program
    .command('map')
    .description('map every recommendation of the reports onto the topics of a codebook, with evidence phrases')
    .argument('<files...>', 'report files (.txt, .docx, .pdf)')
    .option('--codebook <file|name>', 'a codebook YAML file or the name of a shipped codebook', 'crime-congress-14')
    .option('--examples <file>', 'coded examples to learn from (JSON, the shape of gold/topics.dev.json); an OHCHR thematic list (.docx), a Concord mapping.json, a REFI-QDA .qdpx; a .yaml crosswalk for old labels; once or more', (file: string, given: string[] = []) => [...given, file])
    .option('--symbol <symbol>', 'the document symbol, when the document does not state it (one file only)')
    .option('--json', 'print the documents as JSON (the parse --json shape) with "topics" on every recommendation');
  addProfileOption(command)
    .action(async (files: string[], flags: MapFlags & { profile?: string }) => {
      await applyProfile(flags);
      const { runMap } = await import('../commands/map.ts');
      const code = await runMap(files, flags);
      if (code !== 0) process.exitCode = code;
    });
}
