// A workbook's bytes. exceljs hands each part of the package to its zip writer, which zips them with JSZip
// (pako's DEFLATE, in JavaScript, through JSZip's streaming workers): at a build's size that is over a third of
// the Excel file's time after the tracing. Here exceljs's own writer is given the parts' zipping by Node's zlib
// (zip-package.ts), the parts unchanged and in the order exceljs writes them.

import type ExcelJS from 'exceljs';
import { zipPackage, type PackagePart } from '../zip-package.ts';
import { excel } from './exceljs.ts';

/** The part of exceljs's zip writer that its XLSX writer uses (exceljs/lib/utils/zip-stream.js, not in its typed API). */
interface ZipWriter {
  readonly stream: { end(chunk: Buffer): void };
  emit(event: string): boolean;
}
type ZipWriterClass = new (options?: unknown) => ZipWriter;

const zipStream = excel.zipStream as { ZipWriter: ZipWriterClass };
const JSZipWriter = zipStream.ZipWriter;

/** exceljs's zip writer, keeping the parts it is given and zipping them natively when it is finalised. */
class NativeZipWriter extends JSZipWriter {
  private readonly parts: PackagePart[] = [];

  append(data: string | Uint8Array, options: { readonly name: string; readonly base64?: boolean }): void {
    this.parts.push([options.name, options.base64 === true ? Buffer.from(String(data), 'base64') : data]);
  }

  finalize(): Promise<void> {
    this.stream.end(zipPackage(this.parts));
    this.emit('finish');
    return Promise.resolve();
  }
}

export async function packWorkbook(book: ExcelJS.Workbook): Promise<Buffer> {
  // exceljs makes its zip writer as it starts writing, before its first await: only this workbook's is ours.
  zipStream.ZipWriter = NativeZipWriter;
  let written: Promise<ExcelJS.Buffer>;
  try {
    written = book.xlsx.writeBuffer();
  } finally {
    zipStream.ZipWriter = JSZipWriter;
  }
  return Buffer.from(await written);
}
