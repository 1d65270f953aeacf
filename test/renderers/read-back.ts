// Readers used by tests to check outputs by reading them back, not by trusting the writers.
import assert from 'node:assert/strict';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Asserts a page makes no external request: no src/href to the web, no @import, no url(). */
export function assertSelfContained(html: string): void {
  assert.doesNotMatch(html, /\s(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i, 'no external src/href');
  assert.doesNotMatch(html, /<script/i, 'no script at all');
  assert.doesNotMatch(html, /@import|url\(/i, 'no @import or url()');
  assert.doesNotMatch(html, /<link\b/i, 'no <link>');
}

/** A small RFC 4180 reader, to check the writer by reading back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

