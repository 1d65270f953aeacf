// The profile a document was read with, for the phases after reading (tracing asks how its outcome states positions).
import type { ConcordDocument } from '../model/types.ts';
import { chosenProfile } from './chosen-profile.ts';
import { DEFAULT_PROFILE, loadProfile } from './load-profile.ts';
import type { ReportProfile } from './report-profile.ts';

export function profileOf(document: ConcordDocument): ReportProfile {
  return loadProfile(chosenProfile() ?? document.profile ?? DEFAULT_PROFILE);
}
