// The two modules of exceljs that Concord uses: its Workbook class and its zip writer's module (which pack.ts
// swaps). Built, Concord loads them from dist/vendor/exceljs.cjs, the same modules bundled into one file by
// `npm run build` (scripts/build.mjs): a worker that writes an Excel file then resolves, reads and compiles one
// file instead of some three hundred, a third of exceljs's load time. Run from the sources (tests), or where the
// bundle is missing, they come from the package itself.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';

/** exceljs's zip writer module (exceljs/lib/utils/zip-stream.js, not in its typed API; pack.ts types the part it uses): its class is looked up on each write. */
interface ZipStreamModule {
  ZipWriter: new (options?: unknown) => unknown;
}

interface ExcelModules {
  readonly Workbook: typeof ExcelJS.Workbook;
  readonly zipStream: ZipStreamModule;
}

const require = createRequire(import.meta.url);
const bundled = import.meta.url.endsWith('.js') ? fileURLToPath(new URL('../../vendor/exceljs.cjs', import.meta.url)) : undefined;

/** The modules as bundled when built (see scripts/build.mjs, which bundles exactly these two), else from the package. */
export const excel: ExcelModules = bundled !== undefined && existsSync(bundled)
  ? (require(bundled) as ExcelModules)
  : { Workbook: require('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook, zipStream: require('exceljs/lib/utils/zip-stream.js') as ZipStreamModule };
