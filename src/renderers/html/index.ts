// MappingRun -> index.html: one self-contained page (inline CSS and SVG, no scripts,
// no external requests), printable, with a table of contents.

import type { MappingRun } from '../../pipeline/types.ts';
import { buildLayout } from '../layout/build-layout.ts';
import { ANNEX_TITLES, dateLabel } from '../layout/wording.ts';
import { annexA, annexB } from './annexes.ts';
import { annexC } from './annex-c.ts';
import { esc } from './escape.ts';
import { header, indexSection, methodSection, review, toc } from './front.ts';
import { CSS } from './styles.ts';
import { heatmapSvg } from './svg.ts';

export function renderHtml(run: MappingRun): string {
  const layout = buildLayout(run);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Concord ${esc(layout.concordVersion)}">
<title>${esc(layout.title)}</title>
<style>${CSS}</style>
</head>
<body>
${header(layout)}
${toc(layout)}
<main>
${layout.method === undefined ? '' : `${methodSection(layout)}\n`}${indexSection(layout)}
<section id="glance"><h2>${ANNEX_TITLES.glance}</h2>
<figure>${heatmapSvg(layout)}<figcaption>Number of recommendations per topic (rows) and region (columns); darker is more.</figcaption></figure>
</section>
${review(layout)}
${annexA(layout)}
${annexB(layout)}
${layout.tracing === undefined ? '' : annexC(layout.tracing, layout.edition)}
</main>
<footer>Prepared ${esc(dateLabel(layout.generatedAt))}${layout.edition === 'final' ? '' : ` with Concord ${esc(layout.concordVersion)}`}. Recommendations are quoted from the reports cited; they were not negotiated by the participants of the meetings.</footer>
</body>
</html>
`;
}
