// Reads a YAML file keeping its line numbers, so every codebook problem can say "file:line".
// The YAML parser is loaded when a YAML file is read, not by every module that imports this one.
import { createRequire } from 'node:module';
import type { Document } from 'yaml';
import type { z } from 'zod';
import { CodebookError } from '../model/errors.ts';

const require = createRequire(import.meta.url);

export interface YamlFile {
  readonly file: string;
  readonly data: unknown;
  /** Line (1-based) of the node at `path`, or of the key `key` inside it; the nearest ancestor when absent. */
  line(path: readonly (string | number)[], key?: string): number;
}

interface Ranged {
  range?: readonly [number, number, number] | null;
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as Ranged | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** Parses YAML text; a syntax error becomes a CodebookError "file:line: problem". */
export function readYaml(file: string, text: string): YamlFile {
  const { isMap, isSeq, isScalar, LineCounter, parseDocument } = require('yaml') as typeof import('yaml');
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const first = doc.errors[0];
  if (first !== undefined) {
    const line = first.linePos?.[0].line ?? 1;
    const reason = first.message.split('\n')[0] ?? first.code;
    throw new CodebookError(`${file}:${line}: YAML syntax error: ${reason}`, { where: file, cause: first });
  }
  const line = (path: readonly (string | number)[], key?: string): number => {
    let node: unknown = doc.contents;
    let offset = offsetOf(node) ?? 0;
    for (const segment of path) {
      let next: unknown;
      if (isMap(node)) next = node.get(segment, true);
      else if (isSeq(node) && typeof segment === 'number') next = node.get(segment, true);
      if (next === undefined) break;
      node = next;
      offset = offsetOf(node) ?? offset;
    }
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      offset = offsetOf(pair?.key) ?? offset;
    }
    return counter.linePos(offset).line;
  };
  return { file, data: doc.toJS() as unknown, line };
}

/** A schema problem in a YAML file as "file:line: problem at path" (an unknown field named at its key). */
export function describeYamlIssue(yaml: YamlFile, issue: z.core.$ZodIssue): string {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = path.length > 0 ? ` at ${path.join('.')}` : '';
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return `${yaml.file}:${yaml.line(path, key)}: unknown field "${key}"${where}`;
  }
  return `${yaml.file}:${yaml.line(path)}: ${issue.message}${where}`;
}
