// wink's readings of texts carried from one process to the next: the shipped codebook's texts (its
// labels, descriptions and key phrases, the thesaurus's phrases) are read when Concord is built, and a
// run starts with those readings instead of loading the model to read them again. A reading is a pure
// function of the text (and of the wink model, whose versions key the readings' file).
import { seedReading } from './analysis-cache.ts';
import { recordReadings, seedStems, type WinkTokens } from './wink.ts';

export interface Readings {
  /** Each text with wink's reading of it. */
  readonly texts: readonly (readonly [string, WinkTokens])[];
  /** Words stemmed on their own (stemOf), with their stem. */
  readonly stems: readonly (readonly [string, string])[];
}

/**
 * Runs `work` and gives, with its value, every reading wink made meanwhile. Texts read earlier in the
 * process are not read again, so not captured: call it in a process that has read nothing yet, and
 * run nothing else that reads texts meanwhile.
 * @example const { readings } = await captureReadings(() => compileCodebook(codebook));
 */
export async function captureReadings<T>(work: () => T | Promise<T>): Promise<{ readonly value: T; readonly readings: Readings }> {
  const into = { texts: new Map<string, WinkTokens>(), stems: new Map<string, string>() };
  recordReadings(into);
  try {
    const value = await work();
    return { value, readings: { texts: [...into.texts], stems: [...into.stems] } };
  } finally {
    recordReadings(undefined);
  }
}

/** Makes `readings` known to this process's text analysis: those texts and words are not read again. */
export function seedReadings(readings: Readings): void {
  for (const [text, read] of readings.texts) seedReading(text, read);
  seedStems(readings.stems);
}
