// A MappingRun as a REFI-QDA project.qde (urn:QDA-XML:project:1.0): users, the codebook as
// codes (index sections as parent codes, topics as their children), one text source per
// report and, per (recommendation, topic), a selection over the recommendation's text coded
// with the topic's code. The evidence phrases go in the selection's description (see README).
import type { ConcordDocument } from '../../model/types.ts';
import type { Codebook } from '../../mapping/types.ts';
import type { MappingRun } from '../../pipeline/types.ts';
import { codeGuid, codingGuid, noteGuid, selectionGuid, sourceGuid, userGuid } from './guids.ts';
import { codePointOffsets, sourceText } from './plain-text.ts';
import { attrs, xmlText } from './xml.ts';

/** The machine, as a REFI-QDA user: it made every coding no reviewer made. */
export const MACHINE_USER = 'Concord (machine)';

/** Who made what, when the run comes from a review (the workbench); a build has none. */
export interface QdpxProvenance {
  /** Reviewers' names. */
  readonly reviewers: readonly string[];
  /** Who decided a (recommendation, topic) pair and when (ISO date-time); undefined = the machine, at the run's date. */
  readonly codedBy?: (recommendationId: string, topicId: string) => { readonly reviewer: string; readonly at: string } | undefined;
  readonly notes?: readonly { readonly recommendationId: string; readonly text: string; readonly reviewer: string; readonly at: string }[];
}

export interface QdpxSource {
  readonly guid: string;
  readonly text: string;
}

export interface QdpxProject {
  readonly xml: string;
  readonly sources: readonly QdpxSource[];
}

function codesXml(codebook: Codebook): string {
  const lines: string[] = [];
  for (const section of codebook.sections) {
    lines.push(`      <Code${attrs({ guid: codeGuid(codebook.id, section.id), name: `${section.id}. ${section.title}`, isCodable: false })}>`);
    if (section.covers !== '') lines.push(`        <Description>${xmlText(`Covers ${section.covers}`)}</Description>`);
    for (const topic of section.topics) {
      const description = topic.description === '' ? '' : `<Description>${xmlText(topic.description)}</Description>`;
      lines.push(`        <Code${attrs({ guid: codeGuid(codebook.id, topic.id), name: `${topic.id} ${topic.label}`, isCodable: true })}>${description}</Code>`);
    }
    lines.push('      </Code>');
  }
  return lines.join('\n');
}

const scoreLine = (score: number, low: boolean): string => `Concord score ${score.toFixed(2)}${low ? ' (low confidence)' : ''}`;

/** Builds project.qde and the sources' plain texts; the documents without a model are left out. */
export function projectXml(run: MappingRun, provenance: QdpxProvenance = { reviewers: [] }): QdpxProject {
  const machine = userGuid(MACHINE_USER);
  const at = run.generatedAt;
  const codes = new Set(run.codebook.sections.flatMap((s) => s.topics.map((t) => t.id)));
  const models = new Map<string, ConcordDocument>((run.models?.reports ?? []).map((d) => [d.symbol, d]));
  const notesByRec = new Map<string, { guid: string; text: string; reviewer: string; at: string }[]>();
  for (const [i, note] of (provenance.notes ?? []).entries()) {
    const list = notesByRec.get(note.recommendationId) ?? [];
    list.push({ ...note, guid: noteGuid(`${note.recommendationId}:${i}`) });
    notesByRec.set(note.recommendationId, list);
  }
  const byDocument = new Map<string, MappingRun['recommendations'][number][]>();
  for (const r of run.recommendations) {
    const list = byDocument.get(r.symbol);
    if (list === undefined) byDocument.set(r.symbol, [r]);
    else list.push(r);
  }

  const sources: QdpxSource[] = [];
  const sourceXml: string[] = [];
  for (const summary of run.documents) {
    const doc = models.get(summary.symbol);
    if (doc === undefined || summary.excluded !== undefined) continue;
    const { text, ranges } = sourceText(doc);
    const guid = sourceGuid(doc.symbol);
    sources.push({ guid, text });
    const recs = (byDocument.get(doc.symbol) ?? []).filter((r) => ranges.has(r.id));
    const utf16 = recs.flatMap((r) => {
      const range = ranges.get(r.id);
      return range === undefined ? [0, 0] : [range.start, range.end];
    });
    const points = codePointOffsets(text, utf16);
    const lines = [`    <TextSource${attrs({ guid, name: doc.symbol, plainTextPath: `internal://${guid}.txt`, creatingUser: machine, creationDateTime: at })}>`,
      `      <Description>${xmlText(doc.title)}</Description>`];
    const sourceNotes: string[] = [];
    for (const [i, r] of recs.entries()) {
      const start = points[2 * i] ?? 0;
      const end = points[2 * i + 1] ?? 0;
      const notes = notesByRec.get(r.id) ?? [];
      const topics = r.topics.filter((t) => codes.has(t.id));
      if (topics.length === 0) sourceNotes.push(...notes.map((n) => n.guid));
      for (const [j, topic] of topics.entries()) {
        const who = provenance.codedBy?.(r.id, topic.id);
        const user = who === undefined ? machine : userGuid(who.reviewer);
        const when = who?.at ?? at;
        const description = [scoreLine(topic.score, topic.lowConfidence), ...topic.evidence.map((e) => `evidence: ${e.text}`)].join('\n');
        lines.push(`      <PlainTextSelection${attrs({ guid: selectionGuid(r.id, topic.id), name: r.citation, startPosition: start, endPosition: end, creatingUser: user, creationDateTime: when })}>`,
          `        <Description>${xmlText(description)}</Description>`,
          `        <Coding${attrs({ guid: codingGuid(r.id, topic.id), creatingUser: user, creationDateTime: when })}><CodeRef${attrs({ targetGUID: codeGuid(run.codebook.id, topic.id) })}/></Coding>`,
          ...(j === 0 ? notes.map((n) => `        <NoteRef${attrs({ targetGUID: n.guid })}/>`) : []),
          '      </PlainTextSelection>');
      }
    }
    lines.push(...sourceNotes.map((guid) => `      <NoteRef${attrs({ targetGUID: guid })}/>`), '    </TextSource>');
    sourceXml.push(lines.join('\n'));
  }

  const users = [MACHINE_USER, ...new Set(provenance.reviewers)]
    .map((name) => `    <User${attrs({ guid: userGuid(name), name, id: name === MACHINE_USER ? 'concord' : undefined })}/>`);
  const notes = [...notesByRec.values()].flat().map((n) => [
    `    <Note${attrs({ guid: n.guid, name: `Note by ${n.reviewer}`, creatingUser: userGuid(n.reviewer), creationDateTime: n.at })}>`,
    `      <PlainTextContent>${xmlText(n.text)}</PlainTextContent>`,
    '    </Note>'].join('\n'));
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project${attrs({ xmlns: 'urn:QDA-XML:project:1.0', name: run.codebook.title, origin: `Concord ${run.concordVersion}`, creatingUserGUID: machine, creationDateTime: at })}>`,
    '  <Users>', ...users, '  </Users>',
    '  <CodeBook>', '    <Codes>', codesXml(run.codebook), '    </Codes>', '  </CodeBook>',
    ...(sourceXml.length === 0 ? [] : ['  <Sources>', ...sourceXml, '  </Sources>']),
    ...(notes.length === 0 ? [] : ['  <Notes>', ...notes, '  </Notes>']),
    '</Project>',
    '',
  ].join('\n');
  return { xml, sources };
}
