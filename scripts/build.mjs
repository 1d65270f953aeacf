// `npm run build` (and `prepare`): compiles src/ to JavaScript in dist/ with tsc (tsconfig.build.json),
// so the command line and the server start without compiling TypeScript at run time; then precompiles
// the shipped codebooks into dist/codebooks/ and the report profiles into dist/report-profiles/, so a run
// neither parses their YAML nor reads their texts again.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
// A clean build: a file removed from src/ must not linger in dist/.
rmSync('dist', { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (result.status !== 0) {
  console.error('build: tsc could not compile src/ (see above); dist/ is incomplete');
  process.exit(result.status ?? 1);
}

// exceljs's Workbook and zip writer modules (renderers/xlsx/exceljs.ts) bundled into one file, so that the Excel
// worker loads one file, not some three hundred. esbuild comes with tsx; the bundle's code is exceljs's own.
try {
  const esbuild = createRequire(import.meta.url)('esbuild');
  await esbuild.build({
    stdin: {
      contents: "module.exports = { Workbook: require('exceljs/lib/doc/workbook.js'), zipStream: require('exceljs/lib/utils/zip-stream.js') };",
      resolveDir: process.cwd(),
      sourcefile: 'exceljs-modules.cjs',
      loader: 'js',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: 'dist/vendor/exceljs.cjs',
    logLevel: 'warning',
  });
} catch (error) {
  // Without the bundle the Excel file is written the same from the package's own modules, only loaded slower.
  console.error(`build: exceljs could not be bundled (${error instanceof Error ? error.message : String(error)}); the Excel worker loads it from node_modules`);
}

try {
  const { writePrecompiledCodebooks } = await import('../dist/pipeline/precompile-codebooks.js');
  await writePrecompiledCodebooks();
  // The shipped report profiles too, so that reading a report neither parses their YAML nor loads zod.
  const { precompileShippedProfiles } = await import('../dist/profiles/load-profile.js');
  precompileShippedProfiles();
} catch (error) {
  // dist/ stays usable (a run then reads the codebooks' YAML, as the sources do), but a shipped codebook
  // that cannot be precompiled is a fault to fix, so the build says so and fails.
  console.error(`build: the shipped codebooks or report profiles could not be precompiled (${error instanceof Error ? error.message : String(error)}); runs will read their YAML`);
  process.exitCode = 1;
}
