// FRBR identifiers of a UN document in Akoma Ntoso: /akn/un/doc/report/<date>/<symbol as a URI
// component>, its English expression and the XML manifestation Concord writes.
import type { Meeting } from '../../model/types.ts';
import { attrs } from '../qdpx/xml.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})`, 'gi');

/** "A/CONF.234/RPM.5/1" -> "A-CONF-234-RPM-5-1": the symbol as one safe URI component (and file name). */
export function symbolComponent(symbol: string): string {
  return symbol.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'document';
}

/** The last day of the meeting ("23 to 25 April 2019" -> "2019-04-25"), the day its report was adopted; undefined when the dates do not say. */
export function meetingDate(meeting: Meeting | undefined): string | undefined {
  const matches = [...(meeting?.dates ?? '').matchAll(DAY_MONTH_YEAR)];
  const last = matches[matches.length - 1];
  if (last === undefined) return undefined;
  const month = MONTHS.indexOf((last[2] ?? '').toLowerCase()) + 1;
  return `${last[3] ?? ''}-${String(month).padStart(2, '0')}-${(last[1] ?? '').padStart(2, '0')}`;
}

export interface Frbr {
  /** The Work's URI: "/akn/un/doc/report/2019-04-25/A-CONF-234-RPM-5-1". */
  readonly work: string;
  readonly expression: string;
  readonly date: string;
  /** True when the document does not say its date and the run's date stands in. */
  readonly dateProvisional: boolean;
}

export function frbrOf(symbol: string, meeting: Meeting | undefined, runDate: string): Frbr {
  const stated = meetingDate(meeting);
  const date = stated ?? runDate.slice(0, 10);
  const work = `/akn/un/doc/report/${date}/${symbolComponent(symbol)}`;
  return { work, expression: `${work}/eng@`, date, dateProvisional: stated === undefined };
}

/** <identification>: Work, Expression, Manifestation. */
export function identificationXml(frbr: Frbr, symbol: string, runDate: string): string {
  const el = (name: string, values: Record<string, string>): string => `<${name}${attrs(values)}/>`;
  const dateName = frbr.dateProvisional ? 'conversion' : 'adoption';
  return [
    '    <identification source="#concord">',
    '      <FRBRWork>',
    `        ${el('FRBRthis', { value: `${frbr.work}/!main` })}`,
    `        ${el('FRBRuri', { value: frbr.work })}`,
    `        ${el('FRBRdate', { date: frbr.date, name: dateName })}`,
    `        ${el('FRBRauthor', { href: '#un' })}`,
    `        ${el('FRBRcountry', { value: 'un' })}`,
    `        ${el('FRBRnumber', { value: symbol })}`,
    '      </FRBRWork>',
    '      <FRBRExpression>',
    `        ${el('FRBRthis', { value: `${frbr.expression}/!main` })}`,
    `        ${el('FRBRuri', { value: frbr.expression })}`,
    `        ${el('FRBRdate', { date: frbr.date, name: dateName })}`,
    `        ${el('FRBRauthor', { href: '#un' })}`,
    `        ${el('FRBRlanguage', { language: 'eng' })}`,
    '      </FRBRExpression>',
    '      <FRBRManifestation>',
    `        ${el('FRBRthis', { value: `${frbr.expression}/!main.xml` })}`,
    `        ${el('FRBRuri', { value: `${frbr.expression}.akn` })}`,
    `        ${el('FRBRdate', { date: runDate.slice(0, 10), name: 'generation' })}`,
    `        ${el('FRBRauthor', { href: '#concord' })}`,
    '      </FRBRManifestation>',
    '    </identification>',
  ].join('\n');
}
