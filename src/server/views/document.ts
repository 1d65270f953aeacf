// A document as the API shows it: summary for lists, and the full model view.
import type { DocumentSummary, DocumentView } from '../api-types.ts';
import type { LoadedDocument, ProjectState } from '../project/state.ts';
import { exclusionOf } from '../../pipeline/summarize.ts';
import { summarize } from './recommendation.ts';

export function documentSummary(document: LoadedDocument): DocumentSummary {
  const { row, model } = document;
  const excluded = row.role === 'report' ? exclusionOf(model) : undefined;
  return {
    id: row.id,
    name: row.name,
    format: model.format,
    symbol: model.symbol,
    symbolProvisional: model.symbolProvisional,
    title: model.title,
    kind: row.role === 'outcome' ? 'outcome' : model.kind,
    region: model.region ?? null,
    size: row.size,
    recommendationCount: model.recommendations.length,
    messageCount: model.messages.length,
    createdAt: row.created_at,
    ...(excluded === undefined ? {} : { excluded }),
  };
}

export function documentView(state: ProjectState, document: LoadedDocument): DocumentView {
  const { model } = document;
  return {
    document: documentSummary(document),
    headings: model.headings.map((h) => ({ id: h.id, level: h.level, text: h.text, role: h.role })),
    paragraphs: model.paragraphs.map((p) => ({
      id: p.id,
      number: p.number,
      text: p.text,
      citation: p.citation ?? null,
      section: [...p.section],
      headingId: p.headingId ?? null,
      items: p.items.map((i) => ({ label: i.label, text: i.text, citation: i.citation })),
      footnotes: p.footnotes.map((f) => ({ marker: f.marker, offset: f.offset })),
    })),
    footnotes: model.footnotes.map((f) => ({ marker: f.marker, text: f.text })),
    recommendations: model.recommendations.flatMap((r) => {
      const entry = state.recs.get(r.id);
      return entry === undefined ? [] : [summarize(state, entry)];
    }),
    messages: model.messages.map((m) => ({ ...m, place: { ...m.place } })),
  };
}
