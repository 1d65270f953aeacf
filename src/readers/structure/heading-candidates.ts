// Whether unlabelled text may be a heading: short, capitalised, unpunctuated, and followed
// by structure (a numbered paragraph, a labelled heading, a table) within two more candidates.
import type { Block } from '../blocks.ts';
import type { ReportProfile } from '../../profiles/report-profile.ts';
import { shapeOf, type Shape } from './classify.ts';
import { endsClause, startsUppercase } from './text.ts';

export const isHeadingCandidate = (text: string, profile: ReportProfile): boolean =>
  text.length <= 200 && startsUppercase(text) && !endsClause(text) && shapeOf(text, profile).kind === 'plain';

export function followedByStructure(body: readonly Block[], index: number, profile: ReportProfile, depth = 0): boolean {
  const next = body[index + 1];
  if (next === undefined || next.hint === 'table-row') return next?.hint === 'table-row';
  const shape: Shape = shapeOf(next.text, profile);
  if (shape.kind === 'numbered' || shape.kind === 'capital' || shape.kind === 'chapter' || shape.kind === 'resolution' || shape.kind === 'known-heading') return true;
  return depth < 2 && isHeadingCandidate(next.text, profile) && followedByStructure(body, index + 1, profile, depth + 1);
}
