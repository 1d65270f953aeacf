// A small stand-in reader for the tracing tests while the real readers are being
// written: it turns the corpus text files into the document model the way the
// readers' contract describes (congress report chapter I / resolution 1 with its
// heading path; lettered recommendation items under "Outcome of deliberations"
// and "Other issues"). Not a reader: it knows only these plain-text layouts.
import { readFileSync } from 'node:fs';
import { formatCitation, recommendationId } from '../../../src/model/citation.ts';
import type { ConcordDocument, Heading, Paragraph, Recommendation, Region } from '../../../src/model/types.ts';

const FOOTNOTE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]/;

function base(source: string, symbol: string, title: string, kind: ConcordDocument['kind']): Omit<ConcordDocument, 'headings' | 'paragraphs' | 'recommendations'> {
  return { type: 'document', source, format: 'txt', symbol, symbolProvisional: false, title, kind, footnotes: [], messages: [] };
}

function heading(id: number, level: number, title: string, role: Heading['role'], parentId?: string): Heading {
  return { type: 'heading', id: `h${id}`, level, label: '', title, text: title, role, agendaItems: [], workshops: [], ...(parentId === undefined ? {} : { parentId }), place: {} };
}

/** The congress report's chapter I, resolution 1, modelled as a reader would. */
export function congressReportFixture(path: string, symbol = 'A/CONF.234/16'): ConcordDocument {
  const lines = readFileSync(path, 'utf8').split('\n').map((line) => line.trim());
  const start = lines.indexOf('Resolution 1');
  const end = lines.indexOf('Resolution 2');
  const chapter = heading(0, 1, 'Chapter I Resolutions adopted by the Congress', 'chapter');
  const resolution = heading(1, 2, `Resolution 1 ${lines[start + 2] ?? ''}`, 'resolution', chapter.id);
  const headings: Heading[] = [chapter, resolution];
  const paragraphs: Paragraph[] = [];
  let part: Heading | undefined;
  let category: Heading | undefined;
  let thematic: Heading | undefined;
  let pendingHeadings: string[] = [];
  const path_ = (): Heading[] => [chapter, resolution, part, category, thematic].filter((h): h is Heading => h !== undefined);
  const flushHeadings = (): void => {
    if (pendingHeadings.length === 0 || part === undefined) return;
    const [first, second] = pendingHeadings;
    if (second !== undefined && first !== undefined) {
      category = heading(headings.length, 4, first, 'thematic', part.id);
      headings.push(category);
      thematic = heading(headings.length, 5, second, 'thematic', category.id);
    } else if (first !== undefined) {
      thematic = heading(headings.length, category === undefined ? 4 : 5, first, 'thematic', (category ?? part).id);
    }
    if (thematic !== undefined) headings.push(thematic);
    pendingHeadings = [];
  };
  for (let i = start + 3; i < end; i += 1) {
    const line = lines[i] ?? '';
    if (line === '' || FOOTNOTE.test(line)) continue;
    const numbered = /^(\d+)\.\s+(.*)$/.exec(line);
    const previous = paragraphs.at(-1);
    if (numbered === null && /^[a-z]/.test(line) && previous !== undefined) {
      paragraphs[paragraphs.length - 1] = { ...previous, text: `${previous.text} ${line}` };
      continue;
    }
    if (numbered === null && line.endsWith(':') && paragraphs.length > 0) {
      part = heading(headings.length, 3, line, 'other', resolution.id);
      headings.push(part);
      category = undefined;
      thematic = undefined;
      continue;
    }
    if (numbered === null && part !== undefined && !/[;.,]$/.test(line)) {
      pendingHeadings.push(line);
      continue;
    }
    flushHeadings();
    const number = numbered === null ? null : Number(numbered[1]);
    const text = numbered === null ? line : (numbered[2] ?? '');
    const under = path_();
    const locator = number === null ? undefined : { symbol, chapter: 'I', resolution: '1', paragraph: number };
    paragraphs.push({
      type: 'paragraph', id: `p${paragraphs.length}`, number, text, items: [], footnotes: [],
      headingId: under.at(-1)?.id ?? resolution.id, section: under.map((h) => h.text),
      ...(locator === undefined ? {} : { locator, citation: formatCitation(locator) }),
      place: { line: i + 1 },
    });
  }
  return { ...base(path, symbol, 'Report of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice', 'congress-report'), headings, paragraphs, recommendations: [] };
}

/** A regional report's recommendations (lettered items after "The following recommendations…"). */
export function regionalReportFixture(path: string, symbol: string, region: Region): ConcordDocument {
  const lines = readFileSync(path, 'utf8').split('\n').map((line) => line.trim());
  const recommendations: Recommendation[] = [];
  let paragraph: number | undefined;
  let leadIn = '';
  let section: string[] = [];
  let role: Recommendation['context']['role'] = 'main-theme';
  for (const [index, line] of lines.entries()) {
    if (/^[A-Z]\. /.test(line) || /^\d\. .*\((agenda item|workshop)/.test(line)) {
      section = [line];
      role = /Other issues/.test(line) ? 'other-issues' : /^\d\./.test(line) ? 'cluster' : 'main-theme';
    }
    const lead = /^(\d+)\. The following recommendations/.exec(line);
    if (lead !== null) { paragraph = Number(lead[1]); leadIn = line; continue; }
    if (/^\d+\. /.test(line)) { paragraph = undefined; continue; }
    const item = /^\(([a-z])\)\s+(.*)$/.exec(line);
    if (item === null || paragraph === undefined) continue;
    const label = item[1] ?? '';
    const locator = { symbol, paragraph, subparagraph: label };
    recommendations.push({
      type: 'recommendation', id: recommendationId(symbol, paragraph, label), symbol, paragraph, subparagraph: label,
      citation: formatCitation(locator), section, context: { role, agendaItems: [], workshops: [], title: section[0] ?? '' },
      leadIn, text: item[2] ?? '', paragraphId: `p${paragraph}`, region, place: { line: index + 1 },
    });
  }
  return { ...base(path, symbol, `Report of the ${region} Regional Preparatory Meeting`, 'regional-preparatory-meeting-report'), region, headings: [], paragraphs: [], recommendations };
}
