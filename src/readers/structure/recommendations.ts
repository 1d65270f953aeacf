// Recommendations: the lettered items of a paragraph whose lead-in introduces
// recommendations, standing under "Outcome of deliberations", "Other issues" or
// a workshop's chair's summary. Recommendation.section is the heading path
// WITHOUT the unlabelled sub-section headings ("Summary of deliberations",
// "Outcome of deliberations", "Chair's summary"): it names the part of the
// report (cluster, workshop, other issues); Paragraph.section keeps the full path.

import type { Message, Paragraph, Recommendation, Region, SectionContext, SectionRole } from '../../model/types.ts';
import { recommendationId } from '../../model/citation.ts';
import type { HeadingDraft, ParagraphDraft } from './drafts.ts';
import { headingText } from './drafts.ts';
import type { HeadingTree } from './heading-tree.ts';

const LEAD_IN = /(following (recommendations|conclusions|points|proposals|actions|measures)|recommendations?[^.]*\b(were|was|are|is)\s+(identified|made|adopted|formulated|put forward)|\b(agreed|concluded|recommended|proposed|suggested) that\s*:?\s*$|\b(recommended|proposed|identified|agreed (on|upon)) the following\b)/i;
const SECTION_ROLES: ReadonlySet<SectionRole> = new Set(['outcome-of-deliberations', 'other-issues', 'chairs-summary']);
const LEAF_ROLES: ReadonlySet<SectionRole> = new Set(['outcome-of-deliberations', 'summary-of-deliberations', 'chairs-summary']);

export function introducesRecommendations(leadIn: string): boolean {
  return LEAD_IN.test(leadIn);
}

export function recommendationSection(path: readonly HeadingDraft[]): string[] {
  return path.filter((heading) => heading.labelled || !LEAF_ROLES.has(heading.role)).map(headingText);
}

function workshopNumber(heading: HeadingDraft, tree: HeadingTree, drafts: readonly ParagraphDraft[]): { number?: number; inferred: boolean } {
  if (heading.workshops[0] !== undefined) return { number: heading.workshops[0], inferred: false };
  const ownIds = new Set(tree.all.filter((h) => tree.pathTo(h.id).includes(heading)).map((h) => h.id));
  for (const draft of drafts) {
    if (draft.headingId === undefined || !ownIds.has(draft.headingId)) continue;
    const said = /(?:^|[.;]\s)Workshop (\d+)\b(?! and)/.exec(draft.text);
    if (said?.[1] !== undefined) return { number: Number(said[1]), inferred: false };
  }
  const siblings = tree.all.filter((h) => h.role === 'workshop' && h.parentId === heading.parentId);
  const position = siblings.indexOf(heading);
  return position < 0 ? { inferred: true } : { number: position + 1, inferred: true };
}

function contextOf(path: readonly HeadingDraft[], tree: HeadingTree, drafts: readonly ParagraphDraft[], note: (m: Message) => void, paragraph: Paragraph): SectionContext {
  for (let i = path.length - 1; i >= 0; i--) {
    const heading = path[i];
    if (heading === undefined) continue;
    const title = headingText(heading);
    if (heading.role === 'cluster') return { role: 'cluster', agendaItems: heading.agendaItems, workshops: heading.workshops, title };
    if (heading.role === 'workshop') {
      const found = workshopNumber(heading, tree, drafts);
      if (found.inferred && found.number !== undefined) {
        note({ severity: 'info', ruleId: 'workshop-number', reason: `workshop number ${found.number} inferred from the order of "${title}" among the workshops`, place: paragraph.place, source: 'concord:structure' });
      }
      return { role: 'workshop', agendaItems: heading.agendaItems, workshops: found.number === undefined ? [] : [found.number], title };
    }
    if (heading.role === 'main-theme') return { role: 'main-theme', agendaItems: [], workshops: [], title };
    if (heading.role === 'other-issues') return { role: 'other-issues', agendaItems: [], workshops: [], title };
  }
  return { role: 'unknown', agendaItems: [], workshops: [], title: path[path.length - 1] === undefined ? '' : headingText(path[path.length - 1] as HeadingDraft) };
}

export function findRecommendations(
  paragraphs: readonly Paragraph[],
  drafts: readonly ParagraphDraft[],
  tree: HeadingTree,
  symbol: string,
  region: Region | undefined,
): { recommendations: Recommendation[]; messages: Message[] } {
  const recommendations: Recommendation[] = [];
  const messages: Message[] = [];
  const note = (message: Message): void => { messages.push(message); };
  for (const paragraph of paragraphs) {
    if (paragraph.number === null) continue;
    const path = tree.pathTo(paragraph.headingId);
    const roles = new Set(path.map((heading) => heading.role));
    const inSection = [...SECTION_ROLES].some((role) => roles.has(role));
    if (!inSection) continue;
    if (paragraph.items.length === 0) {
      if (!roles.has('chairs-summary')) {
        note({ severity: 'info', ruleId: 'no-items', reason: `para. ${paragraph.number} stands among the recommendations but has no lettered items; not taken as a recommendation`, place: { ...paragraph.place, paragraph: paragraph.number }, source: 'concord:structure' });
      }
      continue;
    }
    const leadInFits = introducesRecommendations(paragraph.text);
    const inChairsSummary = roles.has('chairs-summary');
    const place = { ...paragraph.place, paragraph: paragraph.number };
    if (!leadInFits && !inChairsSummary) {
      note({ severity: 'info', ruleId: 'lead-in', reason: `lettered items of para. ${paragraph.number} not taken as recommendations: the lead-in does not introduce recommendations`, place, source: 'concord:structure' });
      continue;
    }
    if (!leadInFits) {
      note({ severity: 'info', ruleId: 'lead-in', reason: `items of para. ${paragraph.number} taken as recommendations of a chair's summary although the lead-in does not announce them`, place, source: 'concord:structure' });
    }
    const context = contextOf(path, tree, drafts, note, paragraph);
    const section = recommendationSection(path);
    for (const item of paragraph.items) {
      recommendations.push({
        type: 'recommendation',
        id: recommendationId(symbol, paragraph.number, item.label),
        symbol,
        paragraph: paragraph.number,
        subparagraph: item.label,
        citation: item.citation,
        section,
        context,
        leadIn: paragraph.text,
        text: item.text,
        paragraphId: paragraph.id,
        ...(region === undefined ? {} : { region }),
        place: item.place,
      });
    }
  }
  return { recommendations, messages };
}
