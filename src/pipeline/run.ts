// The whole job: read every input, map, optionally trace, into one MappingRun. (stub)
import type { MappingRun } from './types.ts';

export interface RunOptions {
  readonly codebook?: string;
  readonly examples?: string;
  readonly outcome?: string;
  readonly outcomeSymbol?: string;
  readonly symbol?: string;
  /** Called as work advances, for progress bars. */
  readonly onProgress?: (event: { phase: string; current: number; total: number; detail?: string }) => void;
}

/** Reads folders and files (any mix of .txt, .docx, .pdf), maps them and traces them when an outcome is given. */
export async function buildRun(_inputs: readonly string[], _options: RunOptions = {}): Promise<MappingRun> {
  throw new Error('buildRun not implemented yet');
}
