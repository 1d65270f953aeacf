// Inline SVG figures: the topics x regions heatmap and the Annex C coverage bars.

import { inkOn, shadeOf, SHOWN_COLOURS } from '../layout/shade.ts';
import { STATUS_WORDING } from '../layout/wording.ts';
import type { CoverageView, Layout } from '../layout/types.ts';
import { topicNumber } from '../layout/wording.ts';
import { esc } from './escape.ts';

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export function heatmapSvg(layout: Layout): string {
  const labelWidth = 430;
  const cellWidth = 118;
  const row = 22;
  const head = 44;
  const rows = layout.sections.flatMap((s) => s.topics);
  const gaps = layout.sections.length;
  const width = labelWidth + cellWidth * layout.columns.length + 2;
  const height = head + row * (rows.length + gaps) + 4;
  const parts: string[] = [];
  layout.columns.forEach((column, i) => {
    const x = labelWidth + cellWidth * i + cellWidth / 2;
    const words = clip(column.label, 34).split(' ');
    const half = Math.ceil(words.length / 2);
    const lines = column.label.length > 16 ? [words.slice(0, half).join(' '), words.slice(half).join(' ')] : [column.label];
    lines.forEach((line, j) => parts.push(`<text x="${x}" y="${head - 8 - (lines.length - 1 - j) * 13}" text-anchor="middle" font-size="11" font-weight="bold">${esc(line)}</text>`));
  });
  let y = head;
  for (const section of layout.sections) {
    parts.push(`<text x="2" y="${y + 15}" font-size="11.5" font-weight="bold" fill="#005ea0">${esc(clip(`${section.id}. ${section.title}`, 70))}</text>`);
    y += row;
    for (const topic of section.topics) {
      parts.push(`<text x="14" y="${y + 15}" font-size="11"><title>${esc(topic.label)}</title>${esc(clip(`${topicNumber(topic.id)} ${topic.label}`, 66))}</text>`);
      topic.cells.forEach((cell, i) => {
        const n = cell.entries.length;
        const x = labelWidth + cellWidth * i;
        parts.push(`<rect x="${x}" y="${y + 1}" width="${cellWidth - 2}" height="${row - 2}" fill="#${shadeOf(n, layout.maxCount)}" stroke="#c8d3dc"><title>${esc(`${topic.label} — ${cell.column.label}: ${n}`)}</title></rect>`);
        parts.push(`<text x="${x + cellWidth / 2}" y="${y + 15}" text-anchor="middle" font-size="11" fill="#${inkOn(n, layout.maxCount)}">${n === 0 ? '–' : n}</text>`);
      });
      y += row;
    }
  }
  return `<svg role="img" aria-label="Recommendations per topic and region" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${parts.join('')}</svg>`;
}

/** Stacked bars: strong / partial / none identified / not taken up (reviewed), one bar per row. */
export function coverageSvg(rows: readonly CoverageView[], caption: string): string {
  const labelWidth = 300;
  const barWidth = 420;
  const row = 26;
  const height = 34 + row * rows.length;
  const width = labelWidth + barWidth + 200;
  const parts: string[] = [];
  const keys = ['strong', 'partial', 'none-found', 'not-taken-up'] as const;
  const legend = { strong: 'Strong', partial: 'Partial', 'none-found': STATUS_WORDING['none-found'], 'not-taken-up': 'Not taken up (reviewed)' } as const;
  const legendX = [0, 80, 160, 420];
  keys.forEach((key, i) => {
    parts.push(`<rect x="${(legendX[i] ?? 0) + 20}" y="4" width="12" height="12" fill="#${SHOWN_COLOURS[key]}"/><text x="${(legendX[i] ?? 0) + 36}" y="14" font-size="11">${esc(legend[key])}</text>`);
  });
  rows.forEach((r, i) => {
    const y = 28 + i * row;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" font-size="11">${esc(clip(r.label, 48))}</text>`);
    let x = labelWidth;
    const values = [r.strong, r.partial, r.noneFound, r.notTakenUp];
    keys.forEach((key, k) => {
      const w = r.total === 0 ? 0 : (barWidth * (values[k] ?? 0)) / r.total;
      if (w > 0) parts.push(`<rect x="${x}" y="${y + 2}" width="${w}" height="${row - 6}" fill="#${SHOWN_COLOURS[key]}"><title>${esc(`${r.label}: ${values[k]} ${legend[key].toLowerCase()}`)}</title></rect>`);
      x += w;
    });
    parts.push(`<text x="${labelWidth + barWidth + 8}" y="${y + 15}" font-size="11">${r.strong} / ${r.partial} / ${r.noneFound}${r.notTakenUp > 0 ? ` / ${r.notTakenUp}` : ''} of ${r.total}</text>`);
  });
  return `<svg role="img" aria-label="${esc(caption)}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${parts.join('')}</svg>`;
}
