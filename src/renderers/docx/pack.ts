// A Word document's bytes: docx compiles the package's parts, zip-package.ts zips them with Node's zlib.

import { Packer, type Document } from 'docx';
import { zipPackage, type PackagePart } from '../zip-package.ts';

/** docx's compiler of a document into its package's parts, in the order docx zips them (not in its typed API). */
interface Compiler {
  compile(file: Document): ReadonlyMap<string, string | Uint8Array>;
}

export async function packDocument(doc: Document): Promise<Buffer> {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  // A docx without its compiler where this one has it zips as it always did.
  if (typeof compiler?.compile !== 'function') return Packer.toBuffer(doc);
  const parts: Iterable<PackagePart> = compiler.compile.call(compiler, doc);
  return zipPackage(parts);
}
