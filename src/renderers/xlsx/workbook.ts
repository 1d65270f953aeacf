// exceljs's Workbook class alone. The package's entry also loads its streaming reader and writer (unzipper,
// archiver and their dependencies), which Concord never uses: loading the entry takes about three times as long,
// paid by every Excel file at the start of its worker.

import { excel } from './exceljs.ts';

export const Workbook = excel.Workbook;
