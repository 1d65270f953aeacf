// `npm run bench` (command line): what a user waits for, whole processes of the built CLI against a
// bare Node start measured in the same run. The in-process figures of the other sections leave out
// start-up, imports and model loads; this one does not.
import { checkBuilt, mainJobTiming, parseTiming, processRow, PROCESS_HEADER, versionTiming } from './processes.ts';

export async function run(): Promise<void> {
  checkBuilt();
  console.log(PROCESS_HEADER);
  for (const measure of [versionTiming, parseTiming, mainJobTiming]) console.log(processRow(measure()));
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
