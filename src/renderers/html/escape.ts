// Every piece of document text goes through `esc`: the reports contain `<i>` tags and `&`.

import type { Segment } from '../layout/types.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Highlighted text: evidence phrases in <mark>, everything escaped. */
export function marked(segments: readonly Segment[]): string {
  return segments.map((s) => (s.marked ? `<mark>${esc(s.text)}</mark>` : esc(s.text))).join('');
}

/** A safe fragment id from any key ("Latin America and the Caribbean" -> "latin-america-and-the-caribbean"). */
export function slug(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}
