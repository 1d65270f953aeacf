// Which index sections a recommendation's report section takes its topics from:
// by agenda item or workshop number, else by role, else by the heading's title words.
import type { SectionContext } from '../model/types.ts';
import type { Codebook, IndexSection } from './types.ts';

export interface ApplicableSections {
  /** The sections whose topics the recommendation takes (one topic at least). */
  readonly primary: readonly IndexSection[];
  /** Sections it may also take topics from, when it clearly speaks of them. */
  readonly secondary: readonly IndexSection[];
}

const normal = (text: string): string =>
  text.toLowerCase().replace(/[\u2010-\u2015-]/g, '-').replace(/\s+/g, ' ');

function titleMatches(section: IndexSection, title: string): number {
  const heading = normal(title);
  if (heading === '') return 0;
  return section.appliesTo.titles.filter((words) => heading.includes(normal(words))).length;
}

export function applicableSections(context: SectionContext, codebook: Codebook): ApplicableSections {
  const sections = codebook.sections;
  let primary = sections.filter(
    (s) =>
      context.agendaItems.some((n) => s.appliesTo.agendaItems.includes(n)) ||
      context.workshops.some((n) => s.appliesTo.workshops.includes(n)),
  );
  if (primary.length === 0 && (context.role === 'main-theme' || context.role === 'other-issues')) {
    primary = sections.filter((s) => s.appliesTo.roles.includes(context.role as 'main-theme' | 'other-issues'));
  }
  if (primary.length === 0) {
    const scored = sections.map((s) => ({ s, n: titleMatches(s, context.title) }));
    const best = Math.max(0, ...scored.map((x) => x.n));
    if (best > 0) primary = scored.filter((x) => x.n === best).map((x) => x.s);
  }
  if (primary.length === 0 && context.role !== 'unknown') {
    primary = sections.filter((s) => s.appliesTo.roles.includes(context.role as 'main-theme'));
  }
  if (primary.length === 0) primary = [...sections];
  const role = context.role;
  const secondary =
    role === 'unknown'
      ? []
      : sections.filter((s) => !primary.includes(s) && (s.appliesTo.secondaryRoles ?? []).includes(role));
  return { primary, secondary };
}
