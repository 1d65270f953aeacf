export { buildLayout, compareRecommendations, pointerTo } from './build-layout.ts';
export { columnsOf } from './columns.ts';
export { segmentsOf, markedPhrases } from './highlight.ts';
export { shadeOf, inkOn, STATUS_COLOURS, SHOWN_COLOURS } from './shade.ts';
export * from './wording.ts';
export { longRows, LONG_HEADERS, type LongRow } from './long-rows.ts';
export type * from './types.ts';
