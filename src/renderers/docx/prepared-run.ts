// A text run as docx writes it, made cheaply. docx builds each TextRun from a dozen components (the
// properties, each property, its attributes, the text) and walks them all again to write the XML; the
// annexes hold some ten thousand runs in a handful of formattings. Here docx prepares a run once per
// formatting, with a marker for its text, and each run of that formatting is that same XML with its
// own text put in: what docx writes, at a fraction of the cost.

import { BaseXmlComponent, TextRun, type IContext, type IRunOptions, type IXmlableObject } from 'docx';
import { escapeXml, written, writtenXml } from './written-xml.ts';

/** The formatting of a run: docx's run options without the text. */
export type RunFormat = Omit<IRunOptions, 'text' | 'children' | 'break'>;

// A run's text never holds a NUL (XML cannot carry one), so the marker cannot be a real text.
const MARK = '\u0000concord run text\u0000';

type Fill = (text: string) => unknown;

/** How to copy `node` with the marker replaced by a text, sharing every part that does not hold the marker. */
function fillerOf(node: unknown): Fill | undefined {
  if (node === MARK) return (text) => text;
  if (typeof node !== 'object' || node === null) return undefined;
  if (Array.isArray(node)) {
    const fills = node.map(fillerOf);
    if (fills.every((f) => f === undefined)) return undefined;
    return (text) => node.map((child: unknown, i) => fills[i]?.(text) ?? child);
  }
  const entries = Object.entries(node);
  const fills = entries.map(([, value]) => fillerOf(value));
  if (fills.every((f) => f === undefined)) return undefined;
  return (text) => {
    const out: Record<string, unknown> = {};
    entries.forEach(([key, value], i) => { out[key] = fills[i]?.(text) ?? value; });
    return out;
  };
}

const fillers = new Map<string, Fill>();

// A marker docx writes as it stands (a private-use character is neither escaped nor dropped).
const WRITTEN_MARK = '\uE000concord run text\uE000';

/**
 * The run's XML as text (written-xml.ts), with the text put in escaped as docx escapes it: no object to copy
 * per run, nor to write out with the document. Undefined when docx's XML of the run is not one text with one marker.
 */
function writtenFiller(format: RunFormat, context: IContext): Fill | undefined {
  const xml = new TextRun({ ...format, text: WRITTEN_MARK }).prepForXml(context);
  const template = xml === undefined ? undefined : writtenXml(xml);
  const at = template?.indexOf(WRITTEN_MARK) ?? -1;
  if (template === undefined || at < 0 || template.includes(WRITTEN_MARK, at + 1)) return undefined;
  const before = template.slice(0, at);
  const after = template.slice(at + WRITTEN_MARK.length);
  return (text) => written(before + escapeXml(text) + after);
}

/** The run's XML object, copied with the text put in: where its text form cannot be used. */
function objectFiller(format: RunFormat, context: IContext): Fill {
  const xml = new TextRun({ ...format, text: MARK }).prepForXml(context);
  return fillerOf(xml) ?? (() => xml);
}

/** The filler of a formatting, from docx's own XML of a run in that formatting (prepared on first use). */
function fillerFor(format: RunFormat): Fill {
  const key = JSON.stringify(format);
  let fill = fillers.get(key);
  if (fill === undefined) {
    // A plain run's XML needs nothing of the document: no relationship, numbering or section.
    const context = { stack: [] } as unknown as IContext;
    fill = writtenFiller(format, context) ?? objectFiller(format, context);
    fillers.set(key, fill);
  }
  return fill;
}

class PreparedRun extends BaseXmlComponent {
  constructor(private readonly fill: Fill, private readonly text: string) {
    super('w:r');
  }

  prepForXml(): IXmlableObject {
    return this.fill(this.text) as IXmlableObject;
  }
}

/**
 * A run of `text` in `format`, written exactly as `new TextRun({ ...format, text })` would be.
 * Typed as a TextRun so that it goes wherever docx takes one (a paragraph's children).
 */
export function preparedRun(text: string, format: RunFormat = {}): TextRun {
  return new PreparedRun(fillerFor(format), text) as unknown as TextRun;
}
