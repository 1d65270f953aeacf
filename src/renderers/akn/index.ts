// MappingRun -> Akoma Ntoso 3.0: one XML file per report and one for the outcome document,
// named from each document's symbol ("A-CONF-234-RPM-5-1.akn.xml"), with the topics and the
// trace written as references between the documents' eIds.
import { recommendationId } from '../../model/citation.ts';
import { OutputError } from '../../model/errors.ts';
import type { ConcordDocument, Item, Paragraph } from '../../model/types.ts';
import type { MappingRun } from '../../pipeline/types.ts';
import { aknDocumentXml, type TraceLinkOut } from './document.ts';
import { documentEids, itemEid, type DocumentEids } from './eids.ts';
import { frbrOf, symbolComponent, type Frbr } from './frbr.ts';
import { preambleNumbers } from '../../tracing/outcome-document.ts';

export { documentEids, itemEid } from './eids.ts';
export { frbrOf, meetingDate, symbolComponent } from './frbr.ts';

export interface NamedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

interface Prepared {
  readonly doc: ConcordDocument;
  readonly symbol: string;
  readonly frbr: Frbr;
  readonly eids: DocumentEids;
}

/** The key of the preamble's paragraph `n` among the outcome's places (no citation place starts with a letter and a colon). */
const preambleKey = (n: number): string => `preamble:${n}`;
/** The key of an outcome paragraph or a link to one. */
const outcomeKey = (target: { readonly citation: string; readonly paragraph: number; readonly part?: string | undefined }, symbol: string): string =>
  target.part === 'preamble' ? preambleKey(target.paragraph) : placeKey(target.citation, symbol);

/** A paragraph's citation without its document's symbol, to match the outcome's paragraphs to the model's. */
const placeKey = (citation: string | undefined, symbol: string): string => (citation ?? '').startsWith(symbol) ? (citation ?? '').slice(symbol.length) : (citation ?? '');

export function renderAkn(run: MappingRun): NamedFile[] {
  if (run.models === undefined) throw new OutputError('Akoma Ntoso needs the documents\' structure, which this run does not carry (it was not made by buildRun)');
  const prepare = (doc: ConcordDocument, symbol: string, preamble?: ReadonlyMap<string, number>): Prepared => ({ doc, symbol, frbr: frbrOf(symbol, doc.meeting, run.generatedAt), eids: documentEids(doc, preamble) });
  const mapped = new Set(run.documents.filter((d) => d.excluded === undefined).map((d) => d.symbol));
  const reports = run.models.reports.filter((d) => mapped.has(d.symbol)).map((d) => prepare(d, d.symbol));
  const outcome = run.models.outcome === undefined || run.outcome === undefined ? undefined : prepare(run.models.outcome, run.outcome.symbol, preambleNumbers(run.models.outcome));

  // Where each recommendation and each outcome paragraph stands, as "<work>/!main#<eId>".
  const recPlace = new Map<string, { readonly eId: string; readonly work: string }>();
  for (const report of reports) {
    const paragraphs = new Map(report.doc.paragraphs.map((p) => [p.id, p]));
    for (const r of report.doc.recommendations) {
      const paraEid = paragraphs.has(r.paragraphId) ? report.eids.paragraphs.get(r.paragraphId) : undefined;
      if (paraEid !== undefined) recPlace.set(r.id, { eId: r.subparagraph === '' ? paraEid : itemEid(paraEid, r.subparagraph), work: report.frbr.work });
    }
  }
  const outcomeEid = new Map<string, string>();
  if (outcome !== undefined) {
    const preamble = preambleNumbers(outcome.doc);
    for (const p of outcome.doc.paragraphs) {
      const eId = outcome.eids.paragraphs.get(p.id);
      const preambular = preamble.get(p.id);
      // A preambular paragraph is matched by its number within the preamble, as links and the outcome name it.
      const key = preambular === undefined ? p.citation === undefined ? undefined : placeKey(p.citation, outcome.doc.symbol) : preambleKey(preambular);
      if (eId !== undefined && key !== undefined) outcomeEid.set(key, eId);
    }
  }
  const topicsByRec = new Map(run.recommendations.map((r) => [r.id, r.topics.map((t) => t.id)]));
  const recsBySymbol = new Map<string, MappingRun['recommendations'][number][]>();
  for (const r of run.recommendations) {
    const list = recsBySymbol.get(r.symbol);
    if (list === undefined) recsBySymbol.set(r.symbol, [r]);
    else list.push(r);
  }
  const outcomeTopics = new Map((run.outcome?.paragraphs ?? []).map((p) => [outcomeKey({ ...p, paragraph: p.number }, run.outcome?.symbol ?? ''), p.topics]));

  const files: NamedFile[] = [];
  const names = new Set<string>();
  const write = (prepared: Prepared, topicsOf: (paragraph: Paragraph, item?: Item) => readonly string[], links: TraceLinkOut[]): void => {
    const base = symbolComponent(prepared.symbol);
    let name = `${base}.akn.xml`;
    for (let n = 2; names.has(name); n += 1) name = `${base}-${n}.akn.xml`;
    names.add(name);
    const xml = aknDocumentXml({ ...prepared, codebook: run.codebook, runDate: run.generatedAt, concordVersion: run.concordVersion, topicsOf, links });
    files.push({ name, bytes: Buffer.from(xml, 'utf8') });
  };

  for (const report of reports) {
    const links: TraceLinkOut[] = [];
    for (const r of recsBySymbol.get(report.symbol) ?? []) {
      const from = recPlace.get(r.id);
      if (from === undefined || outcome === undefined) continue;
      for (const link of r.trace?.links ?? []) {
        const to = outcomeEid.get(outcomeKey(link, run.outcome?.symbol ?? ''));
        if (to !== undefined) links.push({ from: from.eId, to: `${outcome.frbr.work}/!main#${to}`, citation: link.citation, strength: link.strength, score: link.score });
      }
    }
    write(report, (paragraph, item) => paragraph.number === null ? [] : topicsByRec.get(recommendationId(report.symbol, paragraph.number, item?.label ?? '')) ?? [], links);
  }
  if (outcome !== undefined && run.outcome !== undefined) {
    const links: TraceLinkOut[] = [];
    for (const p of run.outcome.paragraphs) {
      const from = outcomeEid.get(outcomeKey({ ...p, paragraph: p.number }, run.outcome.symbol));
      if (from === undefined) continue;
      for (const back of p.reverse) {
        const to = recPlace.get(back.recommendationId);
        if (to !== undefined) links.push({ from, to: `${to.work}/!main#${to.eId}`, citation: back.citation, strength: back.strength, score: back.score });
      }
    }
    const symbol = outcome.doc.symbol;
    const preamble = preambleNumbers(outcome.doc);
    const keyOf = (paragraph: Paragraph): string => {
      const n = preamble.get(paragraph.id);
      return n === undefined ? placeKey(paragraph.citation, symbol) : preambleKey(n);
    };
    write(outcome, (paragraph, item) => item === undefined ? outcomeTopics.get(keyOf(paragraph)) ?? [] : [], links);
  }
  return files;
}
