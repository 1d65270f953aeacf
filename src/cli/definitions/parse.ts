// `concord parse`: its arguments and options. Light: the readers are loaded only when it runs.
import type { Command } from 'commander';
import type { ParseFlags } from '../commands/parse.ts';
import { addProfileOption, applyProfile } from './profile-option.ts';

export function defineParse(program: Command): void {
  const command = program
    .command('parse')
    .description('read reports (.txt, .docx, .pdf) into the document model and show what was found')
    .argument('<files...>', 'report files')
    .option('--symbol <symbol>', 'the document symbol, when the document does not state it (e.g. A/CONF.234/16); wins over any symbol found')
    .option('--json', 'print the document model as JSON on stdout');
  addProfileOption(command)
    .action(async (files: string[], flags: ParseFlags & { profile?: string }) => {
      await applyProfile(flags);
      const { runParse } = await import('../commands/parse.ts');
      const code = await runParse(files, flags);
      if (code !== 0) process.exitCode = code;
    });
}
