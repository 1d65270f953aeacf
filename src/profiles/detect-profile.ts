// Which profile a document is read with: the one whose symbol pattern its stated symbol
// matches, else the one whose masthead or title its first page shows, else the default.
import type { ReadResult } from '../readers/blocks.ts';
import { DEFAULT_PROFILE, loadProfile, loadShippedProfiles } from './load-profile.ts';
import type { ReportProfile } from './report-profile.ts';

/** The front of the document: its blocks before the first numbered paragraph, at most 40. */
function frontText(read: ReadResult): string {
  const texts: string[] = [];
  for (const block of read.blocks.slice(0, 40)) {
    if (/^1\.\s/.test(block.text)) break;
    texts.push(block.text);
  }
  return texts.join(' ');
}

export function detectProfile(read: ReadResult, profiles: readonly ReportProfile[] = loadShippedProfiles()): ReportProfile {
  const stated = read.statedSymbol;
  if (stated !== undefined) {
    const bySymbol = profiles.find((profile) => profile.recognise.symbol?.test(stated) === true);
    if (bySymbol !== undefined) return bySymbol;
  }
  const front = frontText(read);
  const byFront = profiles.find((profile) => profile.recognise.masthead?.test(front) === true || profile.recognise.title?.test(front) === true);
  return byFront ?? loadProfile(DEFAULT_PROFILE);
}
