// `npm run eval` (UPR parse part): both Working Group reports of the UPR of Slovenia read from
// the PDF as published. Recommendations found vs counted independently from pdftotext's text;
// texts and recommending States as OHCHR's thematic list prints them; and the State's positions,
// traced into each addendum, against the list's position and source for every recommendation.
import { spawnSync } from 'node:child_process';
import { sharedPath } from '../bench/support/shared.ts';
import { readDocument } from '../src/readers/index.ts';
import { recommendingStates } from '../src/readers/structure/states.ts';
import { loadCodebook } from '../src/mapping/load-codebook.ts';
import { traceStep } from '../src/pipeline/trace-step.ts';
import { readThematicList } from './upr-thematic-list.ts';

const upr = (name: string): string => sharedPath('corpus', 'upr-slovenia', name);

export const UPR_REVIEWS = [
  { cycle: 'second (UPR20)', report: 'A-HRC-28-15.pdf', addendum: 'A-HRC-28-15-Add.1.pdf', list: 'UPR20-Slovenia-thematic-list.docx' },
  { cycle: 'third (UPR34)', report: 'A-HRC-43-15.pdf', addendum: 'A-HRC-43-15-Add.1.pdf', list: 'UPR34-Slovenia-thematic-list.docx' },
] as const;

/** Every "N.M Capital…" line of pdftotext's text: the count of recommendations, read without Concord's readers. */
function counted(file: string): string[] | undefined {
  const result = spawnSync('pdftotext', ['-layout', upr(file), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) return undefined;
  return [...result.stdout.matchAll(/^\s*(\d{2,3}\.\d{1,3})\s+\p{Lu}/gmu)].map((match) => match[1] as string);
}

const squeezed = (text: string): string => text.replace(/[’‘]/g, "'").replace(/\s+/g, '').toLowerCase();
const asCitation = (source: string): string => source.replace(/\s*-\s*Para\.?\s*/i, ', para. ');
const ratio = (n: number, of: number): string => `${n}/${of} (${of === 0 ? '–' : ((100 * n) / of).toFixed(1)}%)`;

export async function run(): Promise<void> {
  console.log('| cycle | found / counted (pdftotext) | text as OHCHR prints it (spacing aside) | States as OHCHR names them | States exactly | position agrees | source agrees |');
  console.log('|---|---|---|---|---|---|---|');
  const codebook = await loadCodebook();
  for (const review of UPR_REVIEWS) {
    const [report, addendum, rows] = await Promise.all([readDocument(upr(review.report)), readDocument(upr(review.addendum)), readThematicList(upr(review.list))]);
    const numbers = counted(review.report);
    const found = report.recommendations.map((rec) => `${rec.paragraph}${rec.subparagraph}`);
    const foundCell = numbers === undefined ? `${found.length} / (pdftotext not installed)` : `${found.filter((n) => numbers.includes(n)).length} / ${numbers.length}${found.length === numbers.length ? '' : ` (${found.length} found)`}`;
    const byNumber = new Map(report.recommendations.map((rec) => [`${rec.paragraph}${rec.subparagraph}`, rec]));
    const traced = traceStep(report.recommendations.map((rec) => ({ ...rec, topics: [] })), addendum, codebook).value.traces;
    let text = 0;
    let states = 0;
    let statesExact = 0;
    let position = 0;
    let source = 0;
    for (const row of rows) {
      const rec = byNumber.get(row.number);
      if (rec === undefined) continue;
      if (squeezed(rec.text) === squeezed(row.text)) text++;
      const listed = recommendingStates(row.text);
      if (squeezed(listed.join('|')) === squeezed((rec.states ?? []).join('|'))) states++;
      if (listed.join('|') === (rec.states ?? []).join('|')) statesExact++;
      const trace = traced.get(rec.id);
      if (trace?.position === row.position) position++;
      if (trace?.source !== undefined && trace.source === asCitation(row.source ?? '')) source++;
    }
    console.log(`| ${review.cycle} ${report.symbol} | ${foundCell} | ${ratio(text, rows.length)} | ${ratio(states, rows.length)} | ${ratio(statesExact, rows.length)} | ${ratio(position, rows.length)} | ${ratio(source, rows.length)} |`);
  }
  console.log('\nStates "as OHCHR names them" compares names as they read (apostrophes, case: the report prints "(netherlands)"); the list\'s States are read from its text with the same parentheses rule. Sources differ where the list gives none for a paragraph, or another paragraph than the addendum\'s list.');
}
