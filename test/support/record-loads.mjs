// Preloaded with `node --import` by the start-up tests: writes the URL of every module the process
// loads, one a line, to the file named by CONCORD_LOAD_LOG. ES modules are seen through a loader hook
// (module.register), CommonJS modules required by them through Module._load.
import { register, Module } from 'node:module';
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const log = process.env.CONCORD_LOAD_LOG;
if (log !== undefined && log !== '') {
  register('./record-loads-hook.mjs', import.meta.url, { data: { log } });
  const load = Module._load;
  Module._load = function recordedLoad(request, parent, isMain) {
    try {
      const file = Module._resolveFilename(request, parent, isMain);
      appendFileSync(log, `${file.startsWith('/') ? pathToFileURL(file).href : file}\n`);
    } catch {
      // Resolution errors are the real require's to report.
    }
    return load.apply(this, [request, parent, isMain]);
  };
}
