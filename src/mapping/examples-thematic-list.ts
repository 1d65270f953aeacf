// Coded examples read from an OHCHR thematic list of UPR recommendations (.docx as published):
// a table whose rows give a recommendation ("121.12 Ratify … (France);" and its "Source of
// position: A/HRC/43/15/Add.1 - Para. 3"), its position, and its themes, followed by "SDGs:" and
// "Affected persons:" with the groups of persons. Columns are found by their headings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DOMParser as XmlParser, Element } from '@xmldom/xmldom';
import { InputError } from '../model/errors.ts';
import { childElements, descendants, isW } from '../readers/docx/xml.ts';
import { readZipEntries } from './qdpx-zip.ts';

/** One row of a thematic list, with its labels as the list gives them. */
export interface ThematicRow {
  /** Row of the table (1-based, the heading row included), for messages. */
  readonly row: number;
  /** "A/HRC/43/15", from the source of position (an addendum's symbol without "/Add.1"). */
  readonly symbol: string;
  /** "121.12" as paragraph 121 and subparagraph ".12", as the report's parse gives it. */
  readonly paragraph: number;
  readonly subparagraph: string;
  /** The recommendation's text without its number and the recommending States. */
  readonly text: string;
  /** The text as the list prints it, the recommending States' parentheses included (without its number). */
  readonly printed: string;
  /** What follows "Source of position:" ("A/HRC/43/15/Add.1 - Para.3"), or "" where the row gives none. */
  readonly source: string;
  readonly states: readonly string[];
  readonly position: string;
  readonly themes: readonly string[];
  readonly persons: readonly string[];
}

const paragraphText = (p: Element): string => {
  let out = '';
  const walk = (el: Element): void => {
    for (const c of childElements(el)) {
      if (isW(c, 't')) out += c.textContent ?? '';
      else if (isW(c, 'tab') || isW(c, 'br')) out += ' ';
      else walk(c);
    }
  };
  walk(p);
  return out.replace(/\s+/g, ' ').trim();
};
const cellLines = (tc: Element): string[] => descendants(tc, 'p').map(paragraphText).filter((l) => l !== '');

const NUMBER = /^(\d+)\.(\d+)\.?\s+/;
const SOURCE = /^source of position\s*:\s*(.+)$/i;
/** Splits "Venezuela (Bolivarian Republic of), Peru" at the commas outside parentheses. */
function splitStates(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) { out.push(current); current = ''; } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** One recommendation's closing parentheses, the recommending States: "(France) (Lithuania)", not "(No. 29)". */
function stripStates(part: string): { text: string; states: string[] } {
  let text = part.replace(/[\s.;]+$/, '');
  const groups: string[] = [];
  while (text.endsWith(')')) {
    let depth = 0;
    let open = -1;
    for (let i = text.length - 1; i >= 0; i -= 1) {
      if (text[i] === ')') depth += 1;
      else if (text[i] === '(') { depth -= 1; if (depth === 0) { open = i; break; } }
    }
    const inner = open < 0 ? '' : text.slice(open + 1, -1);
    if (open < 0 || /\d/.test(inner)) break;
    groups.unshift(inner);
    text = text.slice(0, open).replace(/\s+$/, '');
  }
  return { text, states: groups.flatMap(splitStates) };
}

/** A row's text may hold several recommendations merged by OHCHR ("…(Ukraine); Increase … (Slovakia);"). */
function statesOf(text: string): { text: string; states: string[] } {
  const parts = text.split(/;\s+(?=\p{Lu})/u).map(stripStates);
  return { text: parts.map((p) => p.text).join('; '), states: [...new Set(parts.flatMap((p) => p.states))] };
}

/** The theme, SDG and persons parts of the themes cell. */
function labelsOf(lines: readonly string[]): { themes: string[]; persons: string[] } {
  const themes: string[] = [];
  const persons: string[] = [];
  let part: 'themes' | 'sdgs' | 'persons' = 'themes';
  for (const line of lines) {
    if (/^sdgs\s*:/i.test(line)) { part = 'sdgs'; continue; }
    if (/^affected persons\s*:/i.test(line)) { part = 'persons'; continue; }
    const label = line.replace(/^[-\u2010-\u2014•]\s*/, '').trim();
    if (label === '' || part === 'sdgs') continue;
    (part === 'themes' ? themes : persons).push(label);
  }
  return { themes, persons };
}

function columnsOf(heading: readonly string[]): { text: number; position: number; themes: number } | undefined {
  const at = (pattern: RegExp): number => heading.findIndex((h) => pattern.test(h));
  const text = at(/^recommendation/i);
  const themes = at(/themes/i);
  if (text < 0 || themes < 0) return undefined;
  return { text, position: at(/^position/i), themes };
}

/** Reads every recommendation row of a thematic list; a .docx without such a table is refused. */
export function readThematicList(file: string, given?: Buffer): ThematicRow[] {
  let bytes: Buffer;
  try {
    bytes = given ?? readFileSync(file);
  } catch (cause) {
    throw new InputError(file, 'cannot read the thematic list (an OHCHR thematic list, .docx, was expected)', { cause });
  }
  const zip = readZipEntries(file, bytes, 'an OHCHR thematic list (.docx)');
  const name = zip.names.find((n) => n.toLowerCase() === 'word/document.xml');
  const xml = name === undefined ? undefined : zip.read(name);
  if (xml === undefined) throw new InputError(file, 'holds no word/document.xml; a Word document (an OHCHR thematic list) was expected');
  let root: Element | null;
  try {
    const { DOMParser } = createRequire(import.meta.url)('@xmldom/xmldom') as { DOMParser: typeof XmlParser };
    root = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } })
      .parseFromString(xml.toString('utf8'), 'text/xml').documentElement;
  } catch (cause) {
    throw new InputError(file, `word/document.xml is not well-formed XML (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)})`, { cause });
  }
  const rows: ThematicRow[] = [];
  const symbols = new Map<string, number>();
  for (const table of root === null ? [] : descendants(root, 'tbl')) {
    let columns: ReturnType<typeof columnsOf>;
    childElements(table).filter((el) => isW(el, 'tr')).forEach((tr, r) => {
      const cells = childElements(tr).filter((el) => isW(el, 'tc')).map(cellLines);
      if (columns === undefined) { columns = columnsOf(cells.map((c) => c.join(' '))); return; }
      const first = cells[columns.text] ?? [];
      const number = NUMBER.exec(first[0] ?? '');
      if (number === null) return;
      const source = first.map((l) => SOURCE.exec(l)?.[1]).find((s) => s !== undefined) ?? '';
      const symbol = /^([A-Z]+\/[A-Z0-9./]*?\d+)(?:\/Add\.\d+)?(?:\s|$|-)/.exec(source.trim())?.[1] ?? '';
      if (symbol !== '') symbols.set(symbol, (symbols.get(symbol) ?? 0) + 1);
      const printed = first.filter((l) => !SOURCE.test(l)).join(' ').replace(NUMBER, '');
      const { text, states } = statesOf(printed);
      const { themes, persons } = labelsOf(cells[columns.themes] ?? []);
      rows.push({
        row: r + 1, symbol, paragraph: Number(number[1]), subparagraph: number[2] === undefined ? '' : `.${number[2]}`, text, printed: printed.trim(), source: source.trim(), states,
        position: columns.position < 0 ? '' : (cells[columns.position] ?? []).join(' '), themes, persons,
      });
    });
  }
  if (rows.length === 0) {
    throw new InputError(file, 'has no table of recommendations: an OHCHR thematic list was expected (a table headed "Recommendation", "Position", "Full list of themes", rows starting "121.1 …")');
  }
  // A row without a source of position belongs to the review the other rows name.
  const common = [...symbols].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return rows.map((r) => (r.symbol === '' ? { ...r, symbol: common } : r));
}
