// Which reader a file needs, from its first bytes first and its name second.

export type Format = 'txt' | 'docx' | 'pdf';

export type Sniffed =
  | { readonly format: Format }
  | { readonly format: 'unsupported'; readonly what: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, i) => bytes[at + i] === byte);

export function extensionOf(name: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(name);
  return match?.[1]?.toLowerCase() ?? '';
}

/** Magic bytes win over the extension: a PDF named .txt is still read as PDF. */
export function sniffFormat(name: string, bytes: Uint8Array): Sniffed {
  const head = bytes.subarray(0, 1024);
  const pdfAt = Buffer.from(head).indexOf('%PDF-');
  if (pdfAt >= 0 && pdfAt < 1024) return { format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { format: 'docx' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { format: 'unsupported', what: 'a legacy Word .doc (or other OLE) file; save it as .docx or PDF' };
  }
  const ext = extensionOf(name);
  if (ext === 'docx') return { format: 'unsupported', what: 'not a Word document: a .docx file is a zip archive (starting "PK"), this one is not' };
  if (ext === 'pdf') return { format: 'unsupported', what: 'not a PDF: a PDF starts with "%PDF-", this one does not' };
  if (startsWith(bytes, [0x50, 0x4b])) return { format: 'unsupported', what: 'a zip archive that is not a Word document' };
  return { format: 'txt' };
}
