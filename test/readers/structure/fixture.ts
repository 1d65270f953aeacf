import { readTxt } from '../../../src/readers/txt/index.ts';
import { structureDocument } from '../../../src/readers/structure/index.ts';
import type { ConcordDocument } from '../../../src/model/types.ts';

/** Structures a small report written inline (lines separated by blank lines). */
export function structure(lines: readonly string[], symbol = 'A/CONF.999/RPM.9/1'): ConcordDocument {
  return structureDocument(readTxt('fixture.txt', lines.join('\n\n')), { source: 'fixture.txt', symbol });
}

export const REPORT_HEAD = [
  'Report of the European Regional Preparatory Meeting for the Fifteenth Congress, held in Vienna from 1 to 3 May 2024',
  'I. Introduction',
  '1. In its resolution 56/119, the General Assembly decided.',
  'II. Conclusions and recommendations',
  'A. Main theme of the Congress',
  'Summary of deliberations',
  '2. Participants noted things.',
  'Outcome of deliberations',
];
