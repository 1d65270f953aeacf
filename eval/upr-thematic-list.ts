// OHCHR's thematic list of a UPR review (.docx as published), as the eval and the tests compare
// Concord's parse against it: each row's number, its text as printed (with the recommending
// States), its position and its source. The rows are read by the same reader `--examples` uses
// (src/mapping/examples-thematic-list.ts).
import { readThematicList as readRows } from '../src/mapping/examples-thematic-list.ts';

export interface ThematicListRow {
  /** "121.1" */
  readonly number: string;
  readonly text: string;
  readonly position: 'supported' | 'noted' | undefined;
  /** "A/HRC/43/15/Add.1 - Para.3" as printed after "Source of Position:". */
  readonly source: string | undefined;
}

export async function readThematicList(path: string): Promise<ThematicListRow[]> {
  return readRows(path).map((row) => {
    const position = row.position.trim().toLowerCase();
    return {
      number: `${row.paragraph}${row.subparagraph}`,
      text: row.printed,
      position: position === 'supported' || position === 'noted' ? position : undefined,
      source: row.source === '' ? undefined : row.source,
    };
  });
}

/** Text compared as printed: one space, straight quotes and apostrophes. */
export const comparable = (text: string): string =>
  text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').replace(/\s+([;,.)])/g, '$1').replace(/\(\s+/g, '(').trim();
