// A small, realistic MappingRun for renderer tests: three regions, a recommendation
// under two topics, a low-confidence assignment, hostile text, and an outcome with traces.
import type { Codebook, IndexSection, Span, Topic, TopicAssignment } from '../../src/mapping/types.ts';
import type { MappingRun, RunRecommendation, DocumentSummary } from '../../src/pipeline/types.ts';
import type { Outcome, Trace, TraceLink } from '../../src/tracing/types.ts';
import type { Region, SectionContext } from '../../src/model/types.ts';

const topic = (id: string, label: string): Topic => ({ id, label, description: label, phrases: [], exclude: [], examples: [] });
const section = (id: string, title: string, covers: string, labels: string[]): IndexSection => ({
  id,
  title,
  covers,
  appliesTo: { roles: [], agendaItems: [], workshops: [], titles: [] },
  topics: labels.map((label, i) => topic(`${id}${i + 1}`, label)),
});

export const codebook: Codebook = {
  id: 'crime-congress-14',
  title: 'Index of main topics / issues identified in the recommendations of the regional preparatory meetings',
  version: '1',
  sections: [
    section('A', 'Political message and thematic orientation of the Congress', '"Other issues"', [
      'Inclusive and open formulation of the future Kyoto declaration',
      'Short and concise document',
    ]),
    section('B', 'Main theme of the Congress', 'the main theme', [
      'Enhancing capacity of crime prevention and criminal justice institutions and practitioners and strengthening international cooperation',
      'Multi-stakeholder approach, public-private partnerships and inter-agency cooperation',
      'Rule of law and fostering a culture of lawfulness',
    ]),
    section('D', 'Integrated approaches to challenges facing the criminal justice system', 'agenda item 4 and workshop 2', [
      'Victim-centred approach',
      'Gender-sensitive approaches',
      'Restorative justice',
    ]),
  ],
};

/** Spans of `phrases` in `text`, as the mapping gives them. */
export function spansOf(text: string, phrases: readonly string[]): Span[] {
  return phrases.map((phrase) => {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`fixture phrase not in text: ${phrase}`);
    return { start, end: start + phrase.length, text: phrase };
  });
}

const SYMBOLS: Record<string, string> = {
  Europe: 'A/CONF.234/RPM.5/1',
  'Latin America and the Caribbean': 'A/CONF.234/RPM.3/1',
  'Western Asia': 'A/CONF.234/RPM.2/1',
};

interface RecSpec {
  region: Region;
  paragraph: number;
  sub: string;
  text: string;
  role: SectionContext['role'];
  topics: { id: string; phrases: string[]; score?: number; low?: boolean }[];
  trace?: Trace;
}

const labelOf = (id: string): string => {
  for (const s of codebook.sections) for (const t of s.topics) if (t.id === id) return t.label;
  throw new Error(id);
};

function rec(spec: RecSpec): RunRecommendation {
  const symbol = SYMBOLS[spec.region] ?? 'X';
  const topics: TopicAssignment[] = spec.topics.map((t) => ({
    id: t.id,
    label: labelOf(t.id),
    section: t.id.slice(0, 1),
    score: t.score ?? 0.8,
    lowConfidence: t.low ?? false,
    evidence: spansOf(spec.text, t.phrases),
  }));
  const citation = `${symbol}, para. ${spec.paragraph} (${spec.sub})`;
  return {
    type: 'recommendation',
    id: `${symbol}#${spec.paragraph}${spec.sub}`,
    symbol,
    paragraph: spec.paragraph,
    subparagraph: spec.sub,
    citation,
    section: ['II. Conclusions and recommendations', 'Outcome of deliberations'],
    context: { role: spec.role, agendaItems: [], workshops: [], title: '' },
    leadIn: 'The following recommendations, which were not negotiated by the participants, were identified:',
    text: spec.text,
    paragraphId: `${symbol}#${spec.paragraph}`,
    region: spec.region,
    place: { line: spec.paragraph * 3 },
    topics,
    ...(spec.trace === undefined ? {} : { trace: spec.trace }),
  };
}

const OUTCOME_SYMBOL = 'A/CONF.234/16';
const outcomeParagraphs = [
  { number: 10, text: 'Strengthen the coordination and cooperation among relevant national authorities, and promote a multi-stakeholder approach, including public-private partnerships, in crime prevention and criminal justice;' },
  { number: 24, text: 'To promote a victim-centred approach to crime prevention and criminal justice, and to ensure access to justice and compensation for victims of crime;' },
  { number: 30, text: 'To mainstream a gender perspective into our crime prevention and criminal justice policies, programmes and practices;' },
];
const outCitation = (n: number): string => `${OUTCOME_SYMBOL}, chap. I, resol. 1, para. ${n}`;

function link(paragraph: number, strength: 'strong' | 'partial', recText: string, recPhrases: string[], outPhrases: string[]): TraceLink {
  const out = outcomeParagraphs.find((p) => p.number === paragraph);
  if (out === undefined) throw new Error(String(paragraph));
  return {
    paragraph,
    citation: outCitation(paragraph),
    strength,
    score: strength === 'strong' ? 0.82 : 0.51,
    evidence: { recommendation: spansOf(recText, recPhrases), outcome: spansOf(out.text, outPhrases) },
  };
}

const T1 = 'Strengthen coordination and cooperation between Governments, as well as among governmental authorities, the United Nations and other intergovernmental organizations, and other stakeholders, including the private sector and civil society, to ensure a multi-stakeholder approach to crime prevention and criminal justice;';
const T2 = 'Consider reforming laws, policies and practices to ensure that the rights and needs of victims of all types of crime are respected, including efforts to establish victim compensation and reparation programmes and funds, and ensure a gender-sensitive response;';
const T3 = 'Ensure that the future Kyoto declaration is inclusive and reflects the <i>views</i> of all Member States & regions <script>alert(1)</script>;';
const T4 = 'Promote the use of restorative justice programmes, in particular for young offenders, and raise awareness of their benefits among judges & prosecutors;';
const T5 = 'Foster a culture of lawfulness through education, including through the Education for Justice initiative;';

export const recommendations: RunRecommendation[] = [
  rec({
    region: 'Europe', paragraph: 16, sub: 'b', text: T1, role: 'main-theme',
    topics: [{ id: 'B2', phrases: ['Strengthen coordination and cooperation between Governments', 'multi-stakeholder approach to crime prevention and criminal justice'] }],
    trace: { status: 'strong', links: [link(10, 'strong', T1, ['multi-stakeholder approach'], ['multi-stakeholder approach'])] },
  }),
  rec({
    region: 'Western Asia', paragraph: 22, sub: 'a', text: T2, role: 'cluster',
    topics: [
      { id: 'D1', phrases: ['rights and needs of victims of all types of crime', 'victim compensation and reparation programmes'] },
      { id: 'D2', phrases: ['gender-sensitive response'], score: 0.41, low: true },
    ],
    trace: {
      status: 'strong',
      links: [
        link(24, 'strong', T2, ['victim compensation'], ['compensation for victims of crime']),
        link(30, 'partial', T2, ['gender-sensitive response'], ['gender perspective']),
      ],
    },
  }),
  rec({
    region: 'Latin America and the Caribbean', paragraph: 39, sub: 'c', text: T3, role: 'other-issues',
    topics: [{ id: 'A1', phrases: ['future Kyoto declaration is inclusive'] }],
    trace: {
      status: 'not-taken-up',
      links: [],
      candidates: [51, 10, 3, 96].map((n) => ({ paragraph: n, citation: `A/CONF.234/16, chap. I, resol. 1, para. ${n}`, score: 0.15 })),
    },
  }),
  rec({
    region: 'Europe', paragraph: 34, sub: 'd', text: T4, role: 'cluster',
    topics: [{ id: 'D3', phrases: ['restorative justice programmes', 'young offenders'] }],
    trace: { status: 'partial', links: [{ ...link(24, 'partial', T4, ['young offenders'], ['victim-centred approach']), precedent: { citation: 'A/CONF.234/RPM.2/1, para. 22 (a)', similarity: 0.42 } }] },
  }),
  rec({
    region: 'Latin America and the Caribbean', paragraph: 12, sub: 'a', text: T5, role: 'main-theme',
    topics: [{ id: 'B3', phrases: ['culture of lawfulness'], score: 0.35, low: true }],
    trace: { status: 'not-taken-up', links: [] },
  }),
];

const doc = (region: Region, source: string, title: string, count: number): DocumentSummary => ({
  source,
  format: 'txt',
  symbol: SYMBOLS[region] ?? 'X',
  symbolProvisional: false,
  title,
  kind: 'regional-preparatory-meeting-report',
  region,
  meeting: { name: title },
  recommendationCount: count,
  messages: [],
});

export const documents: DocumentSummary[] = [
  doc('Europe', 'corpus/rpm-europe.txt', 'Report of the European Regional Preparatory Meeting', 2),
  doc('Latin America and the Caribbean', 'corpus/rpm-latin-america-caribbean.txt', 'Report of the Latin American and Caribbean Regional Preparatory Meeting', 2),
  doc('Western Asia', 'corpus/rpm-western-asia.txt', 'Report of the Western Asia Regional Preparatory Meeting', 1),
];

function reverseFor(paragraph: number): Outcome['paragraphs'][number]['reverse'] {
  const out: Outcome['paragraphs'][number]['reverse'][number][] = [];
  for (const r of recommendations) {
    for (const l of r.trace?.links ?? []) {
      if (l.paragraph === paragraph) {
        out.push({ recommendationId: r.id, citation: r.citation, strength: l.strength, score: l.score, ...(r.region === undefined ? {} : { region: r.region }) });
      }
    }
  }
  return out;
}

export const outcome: Outcome = {
  symbol: OUTCOME_SYMBOL,
  title: 'Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law',
  source: 'corpus/congress-report.txt',
  preamble: ['We, the Heads of State and Government, ministers and representatives of Member States,'],
  paragraphs: outcomeParagraphs.map((p) => ({
    number: p.number,
    citation: outCitation(p.number),
    text: p.text,
    headings: ['Advancing crime prevention'],
    topics: [],
    reverse: reverseFor(p.number),
  })),
  coverage: { byRegion: [], byTopic: [] },
};

/** The fixture run, with or without the outcome and traces. */
export function fixtureRun(options: { traced?: boolean } = {}): MappingRun {
  const traced = options.traced ?? true;
  return {
    concordVersion: '0.1.0',
    generatedAt: '2026-11-24T03:00:00.000Z',
    codebook,
    documents,
    recommendations: traced ? recommendations : recommendations.map(({ trace: _trace, ...r }) => r),
    ...(traced ? { outcome } : {}),
    skipped: [],
  };
}
