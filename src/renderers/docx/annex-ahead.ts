// Annex C's part for each linked recommendation, built while the main thread still traces: `concord build`
// sends the Word worker the outcome's paragraphs and each trace as it is made (render-all.ts, streamTraces).
// Only a part whose inputs the traced run has unchanged is used; any other is built when the file is finished.

import { isDeepStrictEqual } from 'node:util';
import type { FileChild } from 'docx';
import type { MappingRun, RunRecommendation } from '../../pipeline/types.ts';
import type { Trace } from '../../tracing/types.ts';
import { columnsOf, type Columns } from '../layout/columns.ts';
import { outcomeTextsOf, tracedRecommendation, type OutcomeTexts } from '../layout/tracing.ts';
import type { Edition } from '../layout/types.ts';
import type { TracingPart } from '../render-all.ts';
import { linkedBlocks, type BuiltAhead } from './annex-c.ts';

interface Built {
  readonly trace: Trace;
  readonly blocks: readonly FileChild[];
}

export class AnnexAhead {
  private readonly byId: ReadonlyMap<string, RunRecommendation>;
  private readonly columns: Columns;
  private texts: OutcomeTexts | undefined;
  private readonly built = new Map<string, Built>();

  /** `prepare` readies the blocks for writing as they will stand in the document. */
  constructor(mapped: MappingRun, private readonly edition: Edition, private readonly prepare: (blocks: readonly FileChild[]) => void) {
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
      if (mapped === undefined || trace.links.length === 0) continue;
      const recommendation = { ...mapped, trace };
      const blocks = linkedBlocks(tracedRecommendation(recommendation, this.columns.of(recommendation), texts), this.edition);
      this.prepare(blocks);
      this.built.set(id, { trace, blocks });
    }
  }

  /**
   * The parts built ahead that `traced` can use: those of recommendations whose trace there is the one they were
   * built from, when its outcome's paragraphs read as those sent. Each part is used once.
   */
  builtFor(traced: MappingRun): BuiltAhead {
    const texts = this.texts;
    const outcome = traced.outcome;
    const same = texts !== undefined && outcome !== undefined && sameTexts(texts, outcomeTextsOf(outcome));
    return (t) => {
      const built = this.built.get(t.recommendation.id);
      if (!same || built === undefined || !isDeepStrictEqual(built.trace, t.recommendation.trace)) return undefined;
      this.built.delete(t.recommendation.id);
      return built.blocks;
    };
  }
}

function sameTexts(a: OutcomeTexts, b: OutcomeTexts): boolean {
  if (a.size !== b.size) return false;
  for (const [key, text] of a) if (b.get(key) !== text) return false;
  return true;
}
