// A report profile compiled for use: its patterns as regular expressions, its role lists as sets.
import type { DocumentKind, SectionRole } from '../model/types.ts';
import { toRegExp, type ProfileData } from './profile-schema.ts';

export type Position = 'supported' | 'noted';

export interface PositionRule {
  readonly position: Position;
  readonly pattern: RegExp;
}

export interface ReportProfile {
  readonly id: string;
  readonly label: string;
  /** Where it was read from, for messages: "profiles/rpm.yaml" or the user's path. */
  readonly file: string;
  readonly recognise: { readonly symbol?: RegExp; readonly title?: RegExp; readonly masthead?: RegExp };
  readonly kinds: readonly { readonly kind: DocumentKind; readonly title: RegExp }[];
  readonly title: { readonly opens: RegExp; readonly subject?: RegExp };
  readonly symbol?: { readonly draft: RegExp; readonly report: string };
  readonly headings: readonly { readonly pattern: RegExp; readonly role: SectionRole; readonly rank: 'top' | 'sub' }[];
  readonly titles: readonly { readonly pattern: RegExp; readonly role: SectionRole }[];
  readonly recommendations: {
    readonly numbering: 'lettered' | 'decimal';
    readonly under: ReadonlySet<SectionRole>;
    readonly leadIn: RegExp;
    readonly leadInOptionalUnder: ReadonlySet<SectionRole>;
    readonly leaveOutOfSection: ReadonlySet<SectionRole>;
    readonly carries: ReadonlySet<'region' | 'context' | 'states'>;
    readonly expected: string;
  };
  readonly outcome:
    | { readonly kind: 'declaration' }
    | { readonly kind: 'positions'; readonly leadIns: readonly PositionRule[]; readonly statements: readonly PositionRule[] };
}

const regex = (source: string, flags = ''): RegExp => toRegExp(source, flags);
const optional = <K extends string>(key: K, source: string | undefined): { [P in K]?: RegExp } =>
  (source === undefined ? {} : { [key]: regex(source) }) as { [P in K]?: RegExp };

export function compileProfile(data: ProfileData, file: string): ReportProfile {
  const rules = (list: readonly { position: 'supported' | 'noted'; pattern: string }[]): PositionRule[] =>
    list.map((rule) => ({ position: rule.position, pattern: regex(rule.pattern) }));
  const { recommendations: recs } = data;
  return {
    id: data.id,
    label: data.label,
    file,
    recognise: { ...optional('symbol', data.recognise.symbol), ...optional('title', data.recognise.title), ...optional('masthead', data.recognise.masthead) },
    kinds: data.kinds.map((kind) => ({ kind: kind.kind, title: regex(kind.title) })),
    title: { opens: regex(data.title.opens), ...optional('subject', data.title.subject) },
    ...(data.symbol === undefined ? {} : { symbol: { draft: regex(data.symbol.draft, 'g'), report: data.symbol.report } }),
    headings: data.headings.map((heading) => ({ pattern: regex(heading.pattern), role: heading.role, rank: heading.rank })),
    titles: data.titles.map((title) => ({ pattern: regex(title.pattern), role: title.role })),
    recommendations: {
      numbering: recs.numbering,
      under: new Set(recs.under),
      leadIn: regex(recs.leadIn),
      leadInOptionalUnder: new Set(recs.leadInOptionalUnder),
      leaveOutOfSection: new Set(recs.leaveOutOfSection),
      carries: new Set(recs.carries),
      expected: recs.expected,
    },
    outcome: data.outcome.kind === 'declaration'
      ? { kind: 'declaration' }
      : { kind: 'positions', leadIns: rules(data.outcome.leadIns), statements: rules(data.outcome.statements) },
  };
}
