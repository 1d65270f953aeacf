// Recommendations: the items (lettered or decimal, as the profile says) of a paragraph whose
// lead-in introduces recommendations, standing in the parts of the report the profile names
// ("Outcome of deliberations", "Other issues", a chair's summary; "Conclusions and/or
// recommendations"). Recommendation.section is the heading path WITHOUT the unlabelled
// sub-section headings the profile leaves out ("Outcome of deliberations"): it names the part
// of the report (cluster, workshop, other issues); Paragraph.section keeps the full path.

import type { Message, Paragraph, Recommendation, Region, SectionContext } from '../../model/types.ts';
import { recommendationId } from '../../model/citation.ts';
import type { ReportProfile } from '../../profiles/report-profile.ts';
import type { HeadingDraft, ParagraphDraft } from './drafts.ts';
import { headingText } from './drafts.ts';
import type { HeadingTree } from './heading-tree.ts';
import { loadProfile, DEFAULT_PROFILE } from '../../profiles/load-profile.ts';
import { recommendingStates } from './states.ts';

/** Whether a lead-in introduces recommendations, as the profile (by default the regional reports') says. */
export function introducesRecommendations(leadIn: string, profile: ReportProfile = loadProfile(DEFAULT_PROFILE)): boolean {
  return profile.recommendations.leadIn.test(leadIn);
}

export function recommendationSection(path: readonly HeadingDraft[], profile: ReportProfile): string[] {
  const leaveOut = profile.recommendations.leaveOutOfSection;
  return path.filter((heading) => heading.labelled || !leaveOut.has(heading.role)).map(headingText);
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
  profile: ReportProfile,
): { recommendations: Recommendation[]; messages: Message[] } {
  const { under, leadInOptionalUnder, carries } = profile.recommendations;
  const itemsWord = profile.recommendations.numbering === 'decimal' ? 'numbered (N.M)' : 'lettered';
  const recommendations: Recommendation[] = [];
  const messages: Message[] = [];
  const note = (message: Message): void => { messages.push(message); };
  for (const paragraph of paragraphs) {
    if (paragraph.number === null) continue;
    const path = tree.pathTo(paragraph.headingId);
    const roles = new Set(path.map((heading) => heading.role));
    const inSection = [...under].some((role) => roles.has(role));
    if (!inSection) continue;
    const leadInOptional = [...leadInOptionalUnder].some((role) => roles.has(role));
    if (paragraph.items.length === 0) {
      if (!leadInOptional) {
        note({ severity: 'info', ruleId: 'no-items', reason: `para. ${paragraph.number} stands among the recommendations but has no ${itemsWord} items; not taken as a recommendation`, place: { ...paragraph.place, paragraph: paragraph.number }, source: 'concord:structure' });
      }
      continue;
    }
    const leadInFits = introducesRecommendations(paragraph.text, profile);
    const inChairsSummary = leadInOptional;
    const place = { ...paragraph.place, paragraph: paragraph.number };
    if (!leadInFits && !inChairsSummary) {
      note({ severity: 'info', ruleId: 'lead-in', reason: `${itemsWord} items of para. ${paragraph.number} not taken as recommendations: the lead-in does not introduce recommendations`, place, source: 'concord:structure' });
      continue;
    }
    if (!leadInFits) {
      note({ severity: 'info', ruleId: 'lead-in', reason: `items of para. ${paragraph.number} taken as recommendations of a chair's summary although the lead-in does not announce them`, place, source: 'concord:structure' });
    }
    const context = contextOf(path, tree, drafts, note, paragraph);
    const section = recommendationSection(path, profile);
    for (const item of paragraph.items) {
      const states = carries.has('states') ? recommendingStates(item.text) : undefined;
      if (states?.length === 0) {
        note({ severity: 'warning', ruleId: 'no-states', reason: `${item.citation} names no recommending State (expected them in parentheses at its end, e.g. "(France) (Lithuania);")`, place: { ...item.place, paragraph: paragraph.number, subparagraph: item.label }, source: 'concord:structure' });
      }
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
        ...(region === undefined || !carries.has('region') ? {} : { region }),
        ...(states === undefined || states.length === 0 ? {} : { states }),
        place: item.place,
      });
    }
  }
  return { recommendations, messages };
}
