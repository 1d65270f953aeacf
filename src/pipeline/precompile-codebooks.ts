// Run when Concord is built (scripts/build.mjs): each shipped codebook in its precompiled form (see
// mapping/precompiled-codebook.ts), with wink's readings of every text a run reads of it, whatever the
// reports: for the mapping its labels, descriptions, key phrases and examples; for the tracing its key
// phrases and labels as concepts, and the thesaurus's phrases.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolveCodebook, shippedCodebooks } from '../mapping/codebook-files.ts';
import { compileCodebook } from '../mapping/compiled-codebook.ts';
import { precompiledFile, precompiledKey, PRECOMPILED_DIR, type PrecompiledCodebook } from '../mapping/precompiled-codebook.ts';
import { readCodebookYaml } from '../mapping/read-codebook-yaml.ts';
import { captureReadings, type Readings } from '../text/readings.ts';
import { conceptsOf } from '../tracing/concepts.ts';
import { shippedThesaurus, THESAURUS_PATH } from '../tracing/thesaurus.ts';
import { thesaurusFile, type PrecompiledThesaurus } from './precompiled-thesaurus.ts';
import { topicSimilarity } from '../tracing/topic-similarity.ts';

/**
 * The precompiled form of the shipped codebook `name`. Call it in a process that has read no text yet:
 * the readings are those wink makes meanwhile (with `earlier`, those of codebooks precompiled before it).
 */
export async function precompileCodebook(name: string, earlier: Readings = { texts: [], stems: [] }): Promise<PrecompiledCodebook> {
  const text = readFileSync(resolveCodebook(name), 'utf8');
  const { value: codebook, readings } = await captureReadings(() => {
    const read = readCodebookYaml(name);
    compileCodebook(read);
    conceptsOf(read);
    topicSimilarity(read);
    shippedThesaurus();
    return read;
  });
  return {
    format: 1,
    key: precompiledKey(text),
    codebook,
    readings: { texts: [...earlier.texts, ...readings.texts], stems: [...earlier.stems, ...readings.stems] },
  };
}

/** The shipped thesaurus's concepts, precompiled (see precompiled-thesaurus.ts). */
export function precompileThesaurus(): PrecompiledThesaurus {
  return { format: 1, key: precompiledKey(readFileSync(THESAURUS_PATH, 'utf8')), concepts: shippedThesaurus() };
}

/** Writes every shipped codebook's precompiled form, and the thesaurus's, into `dir`; returns the files written. */
export async function writePrecompiledCodebooks(dir: string = PRECOMPILED_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  // A text two codebooks share is read once: each later codebook carries the readings made before it.
  let readings: Readings = { texts: [], stems: [] };
  for (const name of shippedCodebooks()) {
    const pack = await precompileCodebook(name, readings);
    readings = pack.readings;
    const file = precompiledFile(name, dir);
    writeFileSync(file, JSON.stringify(pack));
    written.push(file);
  }
  writeFileSync(thesaurusFile(dir), JSON.stringify(precompileThesaurus()));
  written.push(thesaurusFile(dir));
  return written;
}
