// Seeded mutators for the three formats, applied to the real reports in ../shared: byte
// flips, truncation and splices for any file; line damage for text; XML mutations of the
// real .docx parts (re-zipped); stream and xref damage for PDFs.
import JSZip from 'jszip';
import type { Random } from './random.ts';
import type { Input } from './families.ts';

const NASTY_TEXT = ['[', '](', '[a](', '¹', '²³', '\t', '%PDF-1.7', ', held in ', ' and', '\u0000', '\uFFFD', '\u202e', '<sup>1</sup>', '**', '_', 'Contents', '(a) ', '1. ', 'Annex', 'I. ', '\r'];
const NASTY_XML = [
  '<w:sym w:font="Symbol" w:char="110000"/>', '<w:sym w:char="D800"/>', '<!DOCTYPE x [<!ENTITY a "b">]>', '<!DOCTYPE x>', '<w:start w:val="400000000"/>',
  '<w:ilvl w:val="999999999"/>', '<w:numId w:val="-1"/>', '<w:basedOn w:val="Normal"/>', '<w:footnoteReference w:id="99999"/>', '<w:fldChar w:fldCharType="begin"/>',
  '<w:instrText>TOC \\o</w:instrText>', '<w:lvlText w:val="%1%1%1%1%1%1%1%1%1"/>', '<w:numFmt w:val="lowerLetter"/>', '<w:t>¹²³</w:t>', '</w:p>', '<w:p>', '&amp;', '&#0;', '&#x110000;', '<![CDATA[x]]>',
];

function flip(random: Random, bytes: Uint8Array, count: number): Uint8Array {
  const out = new Uint8Array(bytes);
  for (let i = 0; i < count && out.length > 0; i++) out[random.int(out.length)] = random.int(256);
  return out;
}

function truncate(random: Random, bytes: Uint8Array): Uint8Array {
  return bytes.subarray(0, random.int(bytes.length));
}

function splice(random: Random, bytes: Uint8Array): Uint8Array {
  const from = random.int(bytes.length);
  const length = random.int(Math.min(4096, bytes.length - from) + 1);
  const at = random.int(bytes.length);
  const copy = bytes.subarray(from, from + length);
  const out = new Uint8Array(bytes.length + copy.length);
  out.set(bytes.subarray(0, at));
  out.set(copy, at);
  out.set(bytes.subarray(at), at + copy.length);
  return out;
}

export function mutateBytes(random: Random, bytes: Uint8Array): { bytes: Uint8Array; how: string } {
  switch (random.int(3)) {
    case 0: { const n = 1 + random.int(32); return { bytes: flip(random, bytes, n), how: `${n} byte flips` }; }
    case 1: return { bytes: truncate(random, bytes), how: 'truncated' };
    default: return { bytes: splice(random, bytes), how: 'chunk spliced' };
  }
}

function mutateString(random: Random, text: string, nasties: readonly string[]): { text: string; how: string } {
  const at = random.int(text.length + 1);
  switch (random.int(4)) {
    case 0: {
      const nasty = random.pick(nasties);
      const times = random.next() < 0.2 ? 1 + random.int(5000) : 1 + random.int(3);
      return { text: text.slice(0, at) + nasty.repeat(times) + text.slice(at), how: `inserted ${JSON.stringify(nasty)} x${times}` };
    }
    case 1: { const length = random.int(2000); return { text: text.slice(0, at) + text.slice(at + length), how: `deleted ${length} chars` }; }
    case 2: { const length = random.int(5000); return { text: text.slice(0, at) + text.slice(at, at + length).repeat(1 + random.int(4)) + text.slice(at), how: 'duplicated a slice' }; }
    default: return { text: text.slice(0, at), how: 'cut short' };
  }
}

export function mutateText(random: Random, input: Input): { input: Input; how: string } {
  if (random.next() < 0.3) { const m = mutateBytes(random, input.bytes); return { input: { ...input, bytes: m.bytes }, how: m.how }; }
  let text = Buffer.from(input.bytes).toString('utf8');
  const hows: string[] = [];
  for (let i = 0, n = 1 + random.int(4); i < n; i++) { const m = mutateString(random, text, NASTY_TEXT); text = m.text; hows.push(m.how); }
  const encoding = random.next() < 0.15 ? random.pick(['utf16le', 'latin1'] as const) : 'utf8';
  return { input: { ...input, bytes: new Uint8Array(Buffer.from(text, encoding)) }, how: `${hows.join(', ')}${encoding === 'utf8' ? '' : ` as ${encoding}`}` };
}

export async function mutateDocx(random: Random, input: Input): Promise<{ input: Input; how: string }> {
  if (random.next() < 0.25) { const m = mutateBytes(random, input.bytes); return { input: { ...input, bytes: m.bytes }, how: m.how }; }
  const zip = await JSZip.loadAsync(input.bytes);
  const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
  const part = random.pick(parts);
  let xml = await zip.file(part)!.async('string');
  const hows: string[] = [];
  for (let i = 0, n = 1 + random.int(3); i < n; i++) { const m = mutateString(random, xml, NASTY_XML); xml = m.text; hows.push(m.how); }
  zip.file(part, xml);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { input: { ...input, bytes }, how: `${part}: ${hows.join(', ')}` };
}

export function mutatePdf(random: Random, input: Input): { input: Input; how: string } {
  const text = Buffer.from(input.bytes).toString('latin1');
  const choice = random.int(4);
  if (choice === 0) {
    // Damage inside a stream's data.
    const streams = [...text.matchAll(/stream\r?\n/g)].map((m) => (m.index ?? 0) + m[0].length);
    const start = streams.length === 0 ? random.int(text.length) : random.pick(streams);
    const out = new Uint8Array(input.bytes);
    for (let i = 0, n = 1 + random.int(16); i < n; i++) { const at = start + random.int(512); if (at < out.length) out[at] = random.int(256); }
    return { input: { ...input, bytes: out }, how: 'stream bytes damaged' };
  }
  if (choice === 1) {
    // Damage the cross-reference table or the startxref offset.
    const xref = text.lastIndexOf('xref');
    const out = new Uint8Array(input.bytes);
    for (let i = 0, n = 1 + random.int(8); i < n; i++) { const at = Math.max(0, xref) + random.int(Math.max(1, text.length - xref)); if (at < out.length && /\d/.test(text[at] ?? '')) out[at] = 0x30 + random.int(10); }
    return { input: { ...input, bytes: out }, how: 'xref digits changed' };
  }
  if (choice === 2) {
    const swaps: [RegExp, string][] = [[/\/Count \d+/, '/Count -1'], [/\/Count \d+/, '/Count 999999999'], [/\/Length \d+/, '/Length 0'], [/\/Kids \[/, '/Kids [ 1 0 R ']];
    const [pattern, replacement] = random.pick(swaps);
    return { input: { ...input, bytes: new Uint8Array(Buffer.from(text.replace(pattern, replacement), 'latin1')) }, how: `${pattern.source} -> ${replacement}` };
  }
  const m = mutateBytes(random, input.bytes);
  return { input: { ...input, bytes: m.bytes }, how: m.how };
}
