// Annex A (narrative) and Annex B (matrix) as HTML.

import type { Edition, Entry, Layout } from '../layout/types.ts';
import { ANNEX_TITLES, NOTHING_IN_ANY_REGION, NOTHING_UNDER_TOPIC, scoreLabel, topicNumber } from '../layout/wording.ts';
import { esc, marked, slug } from './escape.ts';

// The final edition carries no review flags.
const lowBadge = (e: Entry, edition: Edition): string => (e.assignment.lowConfidence && edition === 'review' ? `<span class="low" title="score ${scoreLabel(e.assignment.score)}">to review</span>` : '');

function quoted(e: Entry, edition: Edition): string {
  return `<div class="rec"><span class="cite">${esc(e.recommendation.citation)}${lowBadge(e, edition)}</span>${marked(e.segments)}</div>`;
}

export function annexA(layout: Layout): string {
  const sections = layout.sections.map((s) => {
    const topics = s.topics.map((t) => {
      const body = t.total === 0
        ? `<p class="none">${NOTHING_IN_ANY_REGION}</p>`
        : t.cells.map((c) => `<h5>${esc(c.column.label)}</h5>${c.entries.length === 0 ? `<p class="none">${NOTHING_UNDER_TOPIC}</p>` : c.entries.map((e) => quoted(e, layout.edition)).join('')}`).join('');
      return `<h4 id="a-${slug(t.id)}">${esc(topicNumber(t.id))} ${esc(t.label)}</h4>${body}`;
    }).join('\n');
    return `<h3 id="a-${slug(s.id)}">${esc(s.id)}. ${esc(s.title)}</h3><p class="see">Covers: ${esc(s.covers)}.</p>${topics}`;
  }).join('\n');
  return `<section id="annex-a" class="annex"><h2>${ANNEX_TITLES.a}</h2>
<p>Per index section and topic, the recommendations of each region, quoted in full, with the key words highlighted. A recommendation that relates to several topics is reproduced under each.</p>
${sections}</section>`;
}

export function annexB(layout: Layout): string {
  const tables = layout.sections.map((s) => {
    const head = `<tr><th>Topic</th>${layout.columns.map((c) => `<th>${esc(c.label)}</th>`).join('')}</tr>`;
    const rows = s.topics.map((t) => `<tr><td class="topic" id="b-${slug(t.id)}">${esc(topicNumber(t.id))} ${esc(t.label)}</td>${t.cells.map((c) =>
      `<td>${c.entries.map((e) => `<p><span class="cite">${esc(e.recommendation.citation)}</span>${lowBadge(e, layout.edition)}: ${marked(e.segments)}</p>`).join('') || '<span class="none">—</span>'}</td>`).join('')}</tr>`).join('');
    return `<h3 id="b-${slug(s.id)}">${esc(s.id)}. ${esc(s.title)}</h3><table class="grid matrix"><thead>${head}</thead><tbody>${rows}</tbody></table>`;
  }).join('\n');
  return `<section id="annex-b" class="annex"><h2>${ANNEX_TITLES.b}</h2>
<p>The same mapping as a matrix: one table per index section, one row per topic, one column per region.</p>
${tables}</section>`;
}
