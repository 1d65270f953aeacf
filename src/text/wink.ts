// The process's one wink-nlp instance (wink-eng-lite-web-model), loaded on first use: a
// command that never reads a text (--version, --help) never pays for the model.
// This is the narrow adapter around wink-nlp, whose `its` helpers are loosely typed.
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import { winkModel } from './wink-core-model.ts';

type Nlp = ReturnType<typeof winkNLP>;

const require = createRequire(import.meta.url);
let instance: Nlp | undefined;
/** The model's Porter stemmer: what wink's `its.stem` applies to a token's value. */
let stemmer: (word: string) => string = (word) => word;

/** The wink-nlp instance, with the English lite model. */
export function wink(): Nlp {
  if (instance === undefined) {
    const create = require('wink-nlp') as typeof winkNLP;
    // Only what mapping and tracing read: sentences and parts of speech (lemmas need them); not
    // negation, sentiment or named entities, which wink would otherwise compute for every text.
    // The model with its core read at a third of the cost, where the package's steps are known (wink-core-model.ts).
    const model = winkModel() as Parameters<typeof winkNLP>[0] & { addons: { stem: (word: string) => string } };
    instance = create(model, ['sbd', 'pos']);
    stemmer = model.addons.stem;
  }
  return instance;
}

const valueStems = new Map<string, string>();

/** wink's stem of a token's value (once wink is loaded), remembered: a corpus repeats its words, and stemming is slow. */
function stemOfValue(value: string): string {
  let stem = valueStems.get(value);
  if (stem === undefined) {
    stem = stemmer(value);
    valueStems.set(value, stem);
  }
  return stem;
}

/** Where the readings made are also noted (see captureReadings in readings.ts). */
interface Recorder {
  readonly texts: Map<string, WinkTokens>;
  readonly stems: Map<string, string>;
}
let recorder: Recorder | undefined;

/** Notes every text wink reads, and every word stemmed on its own, into `into` (undefined: stop noting). */
export function recordReadings(into: Recorder | undefined): void {
  recorder = into;
}

/** What wink says of each token of a text, in order. */
export interface WinkTokens {
  readonly values: readonly string[];
  /** As wink gives them (not lower-cased). */
  readonly lemmas: readonly string[];
  readonly pos: readonly string[];
  readonly spaces: readonly string[];
  readonly types: readonly string[];
  readonly stopFlags: readonly boolean[];
  /** Porter stems of the tokens' values. */
  readonly stems: readonly string[];
}

/** Reads a text with wink once, for everything mapping and tracing ask of its tokens. */
export function winkTokens(text: string): WinkTokens {
  const nlp = wink();
  const its = nlp.its as unknown as Record<string, unknown>;
  const tokens = nlp.readDoc(text).tokens() as unknown as { out: (f: unknown) => unknown[] };
  const values = tokens.out(its.value) as string[];
  const read: WinkTokens = {
    values,
    lemmas: tokens.out(its.lemma) as string[],
    pos: tokens.out(its.pos) as string[],
    spaces: tokens.out(its.precedingSpaces) as string[],
    types: tokens.out(its.type) as string[],
    stopFlags: tokens.out(its.stopWordFlag) as boolean[],
    stems: values.map(stemOfValue),
  };
  recorder?.texts.set(text, read);
  return read;
}

const stems = new Map<string, string>();

/** The stem of a word read as a text of its own ("capacities" -> "capac"), remembered per word. */
export function stemOf(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const nlp = wink();
  const its = nlp.its as unknown as Record<string, unknown>;
  const tokens = nlp.readDoc(word).tokens() as unknown as { out: (f: unknown) => unknown[] };
  const stem = (tokens.out(its.stem) as string[]).join('') || word;
  stems.set(word, stem);
  recorder?.stems.set(word, stem);
  return stem;
}

/** Stems known ahead (read in an earlier process, see readings.ts): stemOf gives them without reading the word. */
export function seedStems(known: Iterable<readonly [string, string]>): void {
  for (const [word, stem] of known) if (!stems.has(word)) stems.set(word, stem);
}
