// Annex C as HTML: coverage figures, each recommendation beside the declaration
// paragraphs that took it up, the paragraphs with the recommendations behind them.

import type { CoverageView, Edition, TracedRecommendation, TracingView } from '../layout/types.ts';
import { positionWording } from '../layout/position-wording.ts';
import {
  alsoCheckLabel, annexCIntro, correspondsLabel, coverageColumns, type CoverageColumn, coverageNote, DETAIL_INTRO, linksSummary, noneFoundHeading, precedentLabel, ANNEX_TITLES, scoreLabel,
  statusWording, STRENGTH_WORDING, SUMMARY_HEADING, SUMMARY_HEADINGS, SUMMARY_INTRO, topicNumber, topicsSummary,
} from '../layout/wording.ts';
import { esc, marked, slug } from './escape.ts';
import { coverageSvg } from './svg.ts';

function coverageTable(rows: readonly CoverageView[], first: string, ids: boolean, columns: readonly CoverageColumn[]): string {
  const body = rows.map((r) => `<tr><td>${ids ? `${esc(topicNumber(r.key))} ` : ''}${esc(r.label)}</td>${columns.map((c) => `<td class="n">${r[c.field]}</td>`).join('')}</tr>`).join('');
  return `<table class="grid"><thead><tr><th>${first}</th>${columns.map((c) => `<th>${esc(c.heading)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

function traced(t: TracedRecommendation, final: boolean): string {
  const r = t.recommendation;
  const status = `<span class="status ${t.shown}">${esc(positionWording(t.recommendation.trace) ?? statusWording(t.shown, t.reviewed))}</span>`;
  // The final edition shows no scores, no paragraphs "ranked next" and no precedents: review material.
  const also = t.alsoCheck.length === 0 || final ? '' : `<p class="also">${esc(alsoCheckLabel(t.alsoCheck))}</p>`;
  const links = t.links.map((l) => `<p><span class="cite"><a href="#decl-${l.part === 'preamble' ? 'preamble-' : ''}${l.paragraph}">${esc(correspondsLabel(l.citation, l.strength))}</a>${final ? '' : ` ${scoreLabel(l.score)}`}</span>${marked(l.outcomeSegments)}</p>${l.precedent === undefined || final ? '' : `<p class="also">${esc(precedentLabel(l.precedent))}</p>`}`).join('');
  return `<div class="traced" id="c-${slug(r.id)}"><span class="cite">${esc(r.citation)} ${status}</span><div class="side"><div>${marked(t.segments)}</div><div>${links}</div></div>${also}</div>`;
}

export function annexC(tracing: TracingView, edition: Edition = 'review'): string {
  const final = edition === 'final';
  const summary = tracing.recommendations.flatMap((g) => g.items.map((t) => `<tr><td><a href="#c-${slug(t.recommendation.id)}">${esc(t.recommendation.citation)}</a></td><td>${esc(g.column.label)}</td><td>${esc(topicsSummary(t.recommendation.topics))}</td><td><span class="status ${t.shown}">${esc(positionWording(t.recommendation.trace) ?? statusWording(t.shown, t.reviewed))}</span></td><td>${esc(linksSummary(t.links))}</td></tr>`)).join('');
  const perRecommendation = tracing.recommendations
    .map((g) => ({ column: g.column, items: g.items.filter((t) => t.links.length > 0) }))
    .filter((g) => g.items.length > 0)
    .map((g) => `<h4>${esc(g.column.label)}</h4>${g.items.map((t) => traced(t, final)).join('')}`).join('');
  const paragraphs = tracing.paragraphs.map((p) => `<div class="traced" id="decl-${p.part === 'preamble' ? 'preamble-' : ''}${p.number}"><span class="cite">${esc(p.citation)}</span><p>${esc(p.text)}</p><ul>${p.reverse.map((b) => `<li><a href="#c-${slug(b.recommendationId)}">${esc(b.citation)}</a>${b.region === undefined ? '' : ` (${esc(b.region)})`}: ${STRENGTH_WORDING[b.strength]}</li>`).join('')}</ul></div>`).join('');
  const notTaken = tracing.notTakenUp.map((t) => `<li id="c-${slug(t.recommendation.id)}"><strong>${esc(t.recommendation.citation)}</strong> (${esc(t.column.label)})${t.reviewed ? ` <span class="status not-taken-up">${esc(statusWording(t.shown, true))}</span>` : ''}: ${esc(t.recommendation.text)}${t.alsoCheck.length === 0 || final ? '' : `<p class="also">${esc(alsoCheckLabel(t.alsoCheck))}</p>`}</li>`).join('');
  const topics = tracing.byTopic.filter((r) => r.total > 0);
  return `<section id="annex-c" class="annex"><h2>${ANNEX_TITLES.c}</h2>
<p>${esc(annexCIntro(tracing))}</p>
<p class="note">${esc(coverageNote(tracing))}</p>
<h3 id="c-coverage">Coverage per region</h3>
<figure>${coverageSvg(tracing.byRegion, 'Coverage per region')}<figcaption>Recommendations per region by whether a corresponding paragraph was identified.</figcaption></figure>
${coverageTable(tracing.byRegion, 'Region', false, coverageColumns(tracing, edition))}
<h3 id="c-topics">Coverage per topic</h3>
${coverageTable(topics, 'Topic', true, coverageColumns(tracing, edition))}
<h3 id="c-summary">${esc(SUMMARY_HEADING)}</h3>
<p class="note">${esc(SUMMARY_INTRO)}</p>
<table class="grid"><thead><tr>${SUMMARY_HEADINGS.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${summary}</tbody></table>
<h3 id="c-recommendations">Recommendations and declaration paragraphs</h3>
<p class="note">${esc(DETAIL_INTRO)}</p>${perRecommendation}
<h3 id="c-paragraphs">Declaration paragraphs and the recommendations behind them</h3>${paragraphs || '<p class="none">No paragraph took up a recommendation.</p>'}
<h3 id="c-not-taken-up">${esc(noneFoundHeading(tracing.notTakenUp.length))}</h3>${notTaken === '' ? '<p class="none">None.</p>' : `<ul>${notTaken}</ul>`}
</section>`;
}
