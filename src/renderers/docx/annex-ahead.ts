// Annex C's parts of each recommendation (its row of the summary table and, when linked, the recommendation
// beside its declaration paragraphs), built while the main thread still traces: `concord build`
// sends the Word worker the outcome's paragraphs and each trace as it is made (render-all.ts, streamTraces).
// Only a part whose inputs the traced run has unchanged is used; any other is built when the file is finished.

import { isDeepStrictEqual } from 'node:util';
import type { FileChild, TableRow } from 'docx';
import type { MappingRun, RunRecommendation } from '../../pipeline/types.ts';
import type { Trace } from '../../tracing/types.ts';
import { columnsOf, type Columns } from '../layout/columns.ts';
import { outcomeTextsOf, tracedRecommendation, type OutcomeTexts } from '../layout/tracing.ts';
import type { Edition, TracedRecommendation } from '../layout/types.ts';
import type { TracingPart } from '../render-all.ts';
import { linkedBlocks, summaryRow, type BuiltAhead } from './annex-c.ts';

interface Built {
  readonly trace: Trace;
  /** Its row of the summary table. */
  readonly row: TableRow;
  /** Its part beside its declaration paragraphs (none without links). */
  readonly blocks: readonly FileChild[];
}

export class AnnexAhead {
  private readonly byId: ReadonlyMap<string, RunRecommendation>;
  private readonly columns: Columns;
  private texts: OutcomeTexts | undefined;
  private readonly built = new Map<string, Built>();

  /** `prepare` readies blocks (and table rows) for writing as they will stand in the document. */
  constructor(mapped: MappingRun, private readonly edition: Edition, private readonly prepare: (blocks: readonly (FileChild | TableRow)[]) => void) {
    this.byId = new Map(mapped.recommendations.map((r) => [r.id, r] as const));
    this.columns = columnsOf(mapped);
  }

  take(part: TracingPart): void {
    if (part.kind === 'selected') {
      this.texts = new Map(part.texts);
      return;
    }
    const texts = this.texts;
    if (texts === undefined) return;
    for (const [id, trace] of part.traces) {
      const mapped = this.byId.get(id);
      if (mapped === undefined) continue;
      const recommendation = { ...mapped, trace };
      const traced = tracedRecommendation(recommendation, this.columns.of(recommendation), texts);
      const row = summaryRow(traced);
      const blocks = trace.links.length === 0 ? [] : linkedBlocks(traced, this.edition);
      this.prepare([row, ...blocks]);
      this.built.set(id, { trace, row, blocks });
    }
  }

  /**
   * The parts built ahead that `traced` can use: those of recommendations whose trace and column there are the
   * ones they were built from, when its outcome's paragraphs read as those sent. Each part is used once.
   */
  builtFor(traced: MappingRun): BuiltAhead {
    const texts = this.texts;
    const outcome = traced.outcome;
    const same = texts !== undefined && outcome !== undefined && sameTexts(texts, outcomeTextsOf(outcome.paragraphs));
    const usable = (t: TracedRecommendation): Built | undefined => {
      const built = this.built.get(t.recommendation.id);
      if (!same || built === undefined || t.column.label !== this.columns.of(t.recommendation).label || !isDeepStrictEqual(built.trace, t.recommendation.trace)) return undefined;
      return built;
    };
    const taken = new Set<string>();
    // Each part is used once: a recommendation listed twice gets its second part built anew.
    const once = <T>(t: TracedRecommendation, kind: string, part: T): T | undefined => {
      const key = `${kind}\u0000${t.recommendation.id}`;
      if (taken.has(key)) return undefined;
      taken.add(key);
      return part;
    };
    return {
      linked: (t) => {
        const built = usable(t);
        return built === undefined || built.blocks.length === 0 ? undefined : once(t, 'linked', built.blocks);
      },
      summary: (t) => {
        const built = usable(t);
        return built === undefined ? undefined : once(t, 'summary', built.row);
      },
    };
  }
}

function sameTexts(a: OutcomeTexts, b: OutcomeTexts): boolean {
  if (a.size !== b.size) return false;
  for (const [key, text] of a) if (b.get(key) !== text) return false;
  return true;
}
