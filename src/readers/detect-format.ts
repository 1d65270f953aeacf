// Which reader a file needs, from the signature at its first byte first and its name second.

export type Format = 'txt' | 'docx' | 'pdf';

export type Sniffed =
  | { readonly format: Format }
  | { readonly format: 'unsupported'; readonly what: string; readonly foreign: boolean };

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted Office file (an OLE compound file) keeps its key data in, named in UTF-16LE. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, i) => bytes[at + i] === byte);

export function extensionOf(name: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(name);
  return match?.[1]?.toLowerCase() ?? '';
}

/** An OLE compound file holding an EncryptionInfo stream is a password-protected .docx (or .xlsx…). */
function isEncryptedOffice(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(ENCRYPTION_INFO) >= 0;
}

/**
 * The signature at byte 0 wins over the extension: a PDF named .txt is still read as PDF,
 * but a text that mentions "%PDF-" is text. A file named .pdf may carry a little junk
 * before its header (up to 1024 bytes, as PDF readers tolerate).
 * `foreign` marks what is not a report format at all (a server answers it as an unsupported type).
 */
export function sniffFormat(name: string, bytes: Uint8Array): Sniffed {
  const ext = extensionOf(name);
  if (startsWith(bytes, PDF)) return { format: 'pdf' };
  if (startsWith(bytes, ZIP)) return { format: 'docx' };
  if (startsWith(bytes, OLE)) {
    return isEncryptedOffice(bytes)
      ? { format: 'unsupported', foreign: false, what: 'an encrypted (password-protected) Office document; remove the password in Word and save it as .docx' }
      : { format: 'unsupported', foreign: true, what: 'a legacy Word .doc (or other OLE) file; save it as .docx or PDF' };
  }
  if (ext === 'pdf') {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
    if (head.indexOf('%PDF-') >= 0) return { format: 'pdf' };
    return { format: 'unsupported', foreign: false, what: 'not a PDF: a PDF starts with "%PDF-", this one does not' };
  }
  if (ext === 'docx') return { format: 'unsupported', foreign: false, what: 'not a Word document: a .docx file is a zip archive (starting "PK"), this one is not' };
  if (startsWith(bytes, [0x50, 0x4b])) return { format: 'unsupported', foreign: true, what: 'a zip archive that is not a Word document' };
  return { format: 'txt' };
}
