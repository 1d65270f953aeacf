// The page's front matter: what was mapped, the table of contents, the index and the review list.

import type { Layout } from '../layout/types.ts';
import { ANNEX_TITLES, dateLabel, fileName, meetingLabel, scoreLabel, summaryLine, topicNumber } from '../layout/wording.ts';
import { esc, slug } from './escape.ts';

/** The final edition's header: what was mapped and how far it was reviewed; no files, no tool. */
function finalHeader(layout: Layout): string {
  const docs = layout.documents
    .map((d) => `<tr><td>${esc(d.symbol)}</td><td>${esc(d.region ?? '—')}</td><td>${esc(meetingLabel(d))}</td><td class="n">${d.recommendationCount}</td></tr>`)
    .join('');
  return `<header>
<h1>${esc(layout.title)}</h1>
<p class="subtitle">${esc(summaryLine(layout))}</p>
<table class="meta">
<tr><th>Index</th><td>${esc(layout.codebook.title)}${layout.codebook.version === undefined ? '' : `, version ${esc(layout.codebook.version)}`}</td></tr>
<tr><th>Prepared</th><td>${esc(dateLabel(layout.generatedAt))}</td></tr>
${layout.tracing === undefined ? '' : `<tr><th>Traced into</th><td>${esc(layout.tracing.title)} (${esc(layout.tracing.symbol)})</td></tr>`}
</table>
<table class="grid"><thead><tr><th>Symbol</th><th>Region</th><th>Meeting</th><th>Recommendations</th></tr></thead><tbody>${docs}</tbody></table>
${layout.reviewNote === undefined ? '' : `<p class="note">${esc(layout.reviewNote)}</p>`}
</header>`;
}

/** The final edition's background and method note. */
export function methodSection(layout: Layout): string {
  if (layout.method === undefined) return '';
  const blocks = layout.method.blocks.map((b) => (b.kind === 'paragraph' ? `<p>${esc(b.text)}</p>` : `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`)).join('\n');
  return `<section id="method"><h2>${esc(layout.method.title)}</h2>
${blocks}</section>`;
}

export function header(layout: Layout): string {
  if (layout.edition === 'final') return finalHeader(layout);
  const docs = layout.documents
    .map((d) => `<tr><td>${esc(d.symbol)}${d.symbolProvisional ? ' <span class="low">provisional</span>' : ''}</td><td>${esc(d.region ?? '—')}</td><td>${esc(meetingLabel(d))}</td><td>${esc(fileName(d.source))}</td><td class="n">${d.recommendationCount}</td></tr>`)
    .join('');
  const excluded = layout.excluded.length === 0 ? '' :
    `<p><strong>Read but not mapped:</strong></p><ul>${layout.excluded.map((d) => `<li>${esc(fileName(d.source))}: ${esc(d.excluded ?? '')}</li>`).join('')}</ul>`;
  const skipped = layout.skipped.length === 0 ? '' :
    `<p><strong>Could not be read:</strong></p><ul>${layout.skipped.map((s) => `<li>${esc(s.source)}: ${esc(s.reason)}</li>`).join('')}</ul>`;
  return `<header>
<h1>${esc(layout.title)}</h1>
<p class="subtitle">${esc(summaryLine(layout))}</p>
<table class="meta">
<tr><th>Codebook</th><td>${esc(layout.codebook.title)} (${esc(layout.codebook.id)}${layout.codebook.version === undefined ? '' : `, version ${esc(layout.codebook.version)}`})</td></tr>
<tr><th>Prepared</th><td>${esc(dateLabel(layout.generatedAt))} with Concord ${esc(layout.concordVersion)}</td></tr>
${layout.tracing === undefined ? '' : `<tr><th>Traced into</th><td>${esc(layout.tracing.title)} (${esc(layout.tracing.symbol)})</td></tr>`}
</table>
<table class="grid"><thead><tr><th>Symbol</th><th>Region</th><th>Meeting</th><th>File</th><th>Recommendations</th></tr></thead><tbody>${docs}</tbody></table>
${excluded}${skipped}
<p class="see">Topics were assigned by Concord from the key phrases of the codebook; highlighted words are the evidence for each assignment. Every recommendation is quoted in full with the paragraph it comes from, so that each assignment can be checked against the report.</p>
</header>`;
}

export function toc(layout: Layout): string {
  const sections = (prefix: string) => `<ol>${layout.sections.map((s) => `<li><a href="#${prefix}-${slug(s.id)}">${esc(s.id)}. ${esc(s.title)}</a></li>`).join('')}</ol>`;
  return `<nav class="toc" aria-label="Contents"><h2 id="contents">Contents</h2><ol>
${layout.method === undefined ? '' : `<li><a href="#method">${esc(layout.method.title)}</a></li>\n`}<li><a href="#index">${ANNEX_TITLES.index}</a></li>
<li><a href="#glance">${ANNEX_TITLES.glance}</a></li>
${layout.edition === 'final' ? '' : `<li><a href="#review">${ANNEX_TITLES.review}</a> (${layout.lowConfidence.length})</li>\n`}<li><a href="#annex-a">${ANNEX_TITLES.a}</a>${sections('a')}</li>
<li><a href="#annex-b">${ANNEX_TITLES.b}</a>${sections('b')}</li>
${layout.tracing === undefined ? '' : `<li><a href="#annex-c">${ANNEX_TITLES.c}</a></li>`}
</ol></nav>`;
}

export function indexSection(layout: Layout): string {
  const head = `<tr><th>Topic</th>${layout.columns.map((c) => `<th>${esc(c.label)}</th>`).join('')}<th>Annexes</th></tr>`;
  const body = layout.sections.map((s) => {
    const rows = s.topics.map((t) => `<tr><td><a href="#a-${slug(t.id)}">${esc(topicNumber(t.id))} ${esc(t.label)}</a></td>${t.cells.map((c) => `<td class="n">${c.entries.length}</td>`).join('')}<td class="n"><a href="#a-${slug(t.id)}">A</a> · <a href="#b-${slug(s.id)}">B</a></td></tr>`).join('');
    return `<h3 id="index-${slug(s.id)}">${esc(s.id)}. ${esc(s.title)}</h3>
<p class="see">Covers: ${esc(s.covers)}. See <a href="#a-${slug(s.id)}">Annex A, section ${esc(s.id)}</a>; <a href="#b-${slug(s.id)}">Annex B, table ${esc(s.id)}</a>.</p>
<table class="grid"><thead>${head}</thead><tbody>${rows}</tbody></table>`;
  }).join('\n');
  return `<section id="index"><h2>${ANNEX_TITLES.index}</h2>
<p>Number of recommendations of each region under each topic. A recommendation under several topics is counted under each.</p>
${body}</section>`;
}

export function review(layout: Layout): string {
  if (layout.edition === 'final') return '';
  const rows = layout.lowConfidence.map((e) => `<tr><td>${esc(e.recommendation.citation)}</td><td><a href="#a-${slug(e.assignment.id)}">${esc(topicNumber(e.assignment.id))} ${esc(e.assignment.label)}</a></td><td class="n">${scoreLabel(e.assignment.score)}</td><td>${esc(e.recommendation.text)}</td></tr>`).join('');
  const unmapped = layout.unmapped.length === 0 ? '' :
    `<h3>Recommendations without a topic</h3><ul>${layout.unmapped.map((r) => `<li><strong>${esc(r.citation)}</strong>: ${esc(r.text)}</li>`).join('')}</ul>`;
  return `<section id="review"><h2>${ANNEX_TITLES.review}</h2>
<p>${layout.lowConfidence.length === 0 ? 'No assignment was made with low confidence.' : 'Assignments made with low confidence: an analyst should confirm or remove them.'}</p>
${rows === '' ? '' : `<table class="grid"><thead><tr><th>Citation</th><th>Topic</th><th>Score</th><th>Recommendation</th></tr></thead><tbody>${rows}</tbody></table>`}
${unmapped}</section>`;
}
