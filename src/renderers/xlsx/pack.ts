// A workbook's bytes: exceljs writes its parts into a zip left uncompressed (JSZip would DEFLATE them with
// pako, in JavaScript), and zip-package.ts compresses them with Node's zlib, in the same order.

import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { zipPackage, type PackagePart } from '../zip-package.ts';

export async function packWorkbook(book: ExcelJS.Workbook): Promise<Buffer> {
  const stored = await JSZip.loadAsync(await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  const parts: PackagePart[] = [];
  for (const file of Object.values(stored.files)) {
    if (!file.dir) parts.push([file.name, await file.async('uint8array')]);
  }
  return zipPackage(parts);
}
