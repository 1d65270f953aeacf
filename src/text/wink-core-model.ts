// wink-eng-lite-web-model, with its core model read as the package reads it, at a third of the cost. The package's
// entry (dist/model.js) requires the core model's JSON as it loads, and its reader (dist/read-core-model.js, with
// dist/load-core-model.js) copies it whole through JSON.stringify and JSON.parse and decodes its two base64 tables a
// character at a time: some 110 ms of every command that reads a text. Here the model is assembled from the package's
// other parts as its entry assembles it, the core JSON parsed once from the file, its tables decoded by Buffer, and
// the rest done exactly as the package does it, step for step. Only for the version these steps were read from (a test
// checks that both give the same model); with any other version the package is loaded as it stands.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The version of wink-eng-lite-web-model whose reader these steps follow. */
export const READ_VERSION = '1.8.1';

type Features = Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Features & { lexeme: Features[string]; posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

let dir: string | undefined;
/** The package's dist/ folder, where its entry and every part of the model lie. */
const modelDir = (): string => (dir ??= dirname(require.resolve('wink-eng-lite-web-model')));

/** A base64 table as the Uint32Array the package decodes it to (an ArrayBuffer of its own). */
function table(base64: string | Uint32Array): Uint32Array {
  const bytes = Buffer.from(base64 as string, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function hashOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
  return hash;
}

/** The core model as the package's loadCoreModel gives it (read-core-model.js, then load-core-model.js). */
export function readCoreModel(): CoreModel {
  const model = JSON.parse(readFileSync(join(modelDir(), 'languages', 'cur', 'models', 'eng-core-web-model.json'), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = table(model.lexicon);
  model.xpansions = table(model.xpansions);
  for (const f in packing.layout) if (packing.layout[f]?.[3] === 0) (features[f] as Features[string]).hash = hashOf((features[f] as Features[string]).list);
  features.lexeme.hash = hashOf(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] as number[];
    const feature = features[f] as Features[string];
    if (layout[3] === 0) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[1] as number) >>> (layout[2] as number);
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** Whether the installed model is the version readCoreModel and winkModel follow. */
export function readsInstalledModel(): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(modelDir(), '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version === READ_VERSION;
  } catch {
    return false;
  }
}

/** The model as the package's entry (dist/model.js) gives it, but with readCoreModel as its core: the same parts, in the same order. */
function assembled(): Record<string, unknown> {
  const part = (name: string): unknown => require(join(modelDir(), name));
  const model = Object.create(null) as Record<string, unknown>;
  model.core = readCoreModel;
  model.sbd = part('load-sbd-model.js');
  model.pos = part('load-pos-model.js');
  model.ner = part('load-ner-model.js');
  model.negation = part('load-negation-model.js');
  model.sa = part('load-sa-model.js');
  model.metaCER = part('load-cer-meta-model.js');
  model.featureFn = part('feature.js');
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = part('porter-stemmer.js');
  addons.lemmatize = part('lemmatize.js');
  addons.readabilityStats = part('readability-stats.js');
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}

/** wink-eng-lite-web-model for wink-nlp: assembled with the faster core reader where its steps are known, else the package's own. */
export function winkModel(): unknown {
  return readsInstalledModel() ? assembled() : require('wink-eng-lite-web-model');
}
