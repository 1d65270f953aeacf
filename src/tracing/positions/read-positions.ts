// The State's position on each UPR recommendation: stated in the report's own lead-in ("…enjoy
// the support of Slovenia:") or in its addendum ("The Government accepts the following
// recommendations 122.1, …", "… notes recommendations 122.2-10, …"). How positions are stated
// is the profile's (outcome.kind: positions); a recommendation no statement names is a message.
import type { Message, Recommendation } from '../../model/types.ts';
import type { ConcordDocument } from '../../model/types.ts';
import type { Position, ReportProfile } from '../../profiles/report-profile.ts';
import { listAfter, parseReferences } from './references.ts';

export interface StatedPosition {
  readonly position: Position;
  /** Where it is stated: "A/HRC/43/15/Add.1, para. 3" or "A/HRC/43/15, para. 121". */
  readonly source: string;
}

export interface PositionsResult {
  /** By recommendation id. */
  readonly positions: ReadonlyMap<string, StatedPosition>;
  readonly messages: readonly Message[];
}

type PositionRules = Extract<ReportProfile['outcome'], { kind: 'positions' }>;

/** "A/HRC/43/15/Add.1" -> "A/HRC/43/15": the report an addendum belongs to. */
export const reportOfAddendum = (symbol: string): string => symbol.replace(/\/Add\.\d+$/i, '');

const message = (severity: Message['severity'], ruleId: string, reason: string, source: string): Message =>
  ({ severity, ruleId, reason, place: { source }, source: 'concord:positions' });

export function readPositions(recommendations: readonly Recommendation[], addendum: ConcordDocument, rules: PositionRules): PositionsResult {
  const positions = new Map<string, StatedPosition>();
  const messages: Message[] = [];
  const report = reportOfAddendum(addendum.symbol);
  const own = recommendations.filter((rec) => rec.symbol === report);
  if (own.length === 0) {
    messages.push(message('warning', 'positions-other-report', `${addendum.symbol} states positions on ${report}'s recommendations, but no recommendation of ${report} was given (reports given: ${[...new Set(recommendations.map((r) => r.symbol))].join(', ') || 'none'})`, addendum.source));
  }
  const byId = new Map(own.map((rec) => [rec.id, rec]));
  const set = (rec: Recommendation, stated: StatedPosition): void => {
    const earlier = positions.get(rec.id);
    if (earlier !== undefined && earlier.position !== stated.position) {
      messages.push(message('warning', 'positions-conflict', `${rec.citation} is ${earlier.position} in ${earlier.source} and ${stated.position} in ${stated.source}; the first is kept`, addendum.source));
      return;
    }
    if (earlier === undefined) positions.set(rec.id, stated);
  };

  // Positions the report states itself, in the lead-in of the paragraph the recommendations stand in.
  const leadInSource = (rec: Recommendation): string => `${rec.symbol}, para. ${rec.paragraph}`;
  for (const rec of own) {
    const rule = rules.leadIns.find((candidate) => candidate.pattern.test(rec.leadIn));
    if (rule !== undefined) set(rec, { position: rule.position, source: leadInSource(rec) });
  }

  // The rest from the addendum's statements; a bare number ("1–5") names an item of the one paragraph whose recommendations await a position.
  const awaiting = new Set(own.filter((rec) => !positions.has(rec.id)).map((rec) => rec.paragraph));
  const onlyParagraph = awaiting.size === 1 ? [...awaiting][0] : undefined;
  for (const paragraph of addendum.paragraphs) {
    // An unnumbered paragraph (a table row, a list under a heading) is cited by the addendum's symbol alone.
    const citation = paragraph.citation ?? addendum.symbol;
    for (const rule of rules.statements) {
      const found = rule.pattern.exec(paragraph.text);
      if (found === null) continue;
      const listed = parseReferences(listAfter(paragraph.text, found.index + found[0].length));
      let unknown = 0;
      for (const reference of listed) {
        const within = reference.paragraph ?? onlyParagraph;
        const rec = within === undefined ? undefined : byId.get(`${report}#${within}.${reference.number}`);
        if (rec === undefined) unknown++;
        else set(rec, { position: rule.position, source: citation });
      }
      if (unknown > 0) {
        messages.push(message('warning', 'positions-unknown', `${citation} lists ${unknown} recommendation${unknown === 1 ? '' : 's'} the report given does not have${onlyParagraph === undefined && listed.some((r) => r.paragraph === undefined) ? ' (bare numbers, and the report has more than one paragraph of recommendations awaiting a position)' : ''}`, addendum.source));
      }
    }
  }
  const missing = own.filter((rec) => !positions.has(rec.id));
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).map((rec) => rec.citation.replace(/^.*para\. /, '')).join(', ');
    messages.push(message('warning', 'positions-missing', `no position stated for ${missing.length} of ${own.length} recommendations of ${report} (${shown}${missing.length > 5 ? ', …' : ''})`, addendum.source));
  }
  return { positions, messages };
}
