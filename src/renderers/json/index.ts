// MappingRun -> mapping.json: the whole run, as data for other tools.
// The text is exactly JSON.stringify(run, null, 2), made piece by piece: at a thousand reports it is
// hundreds of megabytes, more than one string can hold, so `concord build` writes it as it is made.

import type { MappingRun } from '../../pipeline/types.ts';
import { finalData } from './final-data.ts';

const INDENT = '  ';

/** JSON.stringify(value, null, 2) as it reads nested `depth` levels down (undefined reads as in an array: null). */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return depth === 0 ? text : text.replace(/\n/g, `\n${INDENT.repeat(depth)}`);
}

/**
 * The pieces of mapping.json, in order; joined, they are JSON.stringify(run without its models, null, 2) + '\n'.
 * Each top-level array (documents, recommendations, …) comes an element at a time. The final edition's
 * file holds its data instead (final-data.ts): no scores, flags or candidates, and `"edition": "final"`.
 */
export function* jsonChunks(run: MappingRun): Generator<string> {
  const { models: _models, ...review } = run;
  const data = run.edition?.name === 'final' ? finalData(run) : review;
  // Which keys JSON.stringify keeps: not undefined, functions or symbols (toJSON is honoured by `nested`).
  const entries = Object.entries(data).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i === 0 ? '{\n' : ',\n'}${INDENT}${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      yield nested(value, 1);
      continue;
    }
    for (const [j, element] of value.entries()) {
      yield `${j === 0 ? '[\n' : ',\n'}${INDENT.repeat(2)}${nested(element, 2)}`;
    }
    yield `\n${INDENT}]`;
  }
  yield '\n}\n';
}

export function renderJson(run: MappingRun): string {
  return [...jsonChunks(run)].join('');
}
