// Each text is read by wink once per process: the codebook's phrases, the outcome's paragraphs
// and every recommendation are read for the mapping and again for the tracing, so the views of a
// text are kept, for the most recently used texts (bounded, so memory does not grow with a corpus).
import { winkTokens, type WinkTokens } from './wink.ts';

/** How many texts keep their views: a corpus's distinct texts up to this, then the most recent. */
export const CACHED_TEXTS = 4096;

interface Entry {
  wink?: WinkTokens;
  readonly views: Map<string, unknown>;
}

const entries = new Map<string, Entry>();

function entryOf(text: string): Entry {
  let entry = entries.get(text);
  if (entry === undefined) {
    entry = { views: new Map() };
    if (entries.size >= CACHED_TEXTS) {
      const oldest = entries.keys().next();
      if (oldest.done !== true) entries.delete(oldest.value);
    }
  } else {
    // Most recently used last: the first key is always the one to let go.
    entries.delete(text);
  }
  entries.set(text, entry);
  return entry;
}

/**
 * The view `name` of `text` (made by `make` from wink's reading of the text, on first use).
 * A view is a pure function of the text; its value must not be mutated by callers.
 * @example cachedView(text, 'mapping-tokens', (read) => toTokens(text, read))
 */
export function cachedView<T>(text: string, name: string, make: (read: WinkTokens) => T): T {
  const entry = entryOf(text);
  const known = entry.views.get(name);
  if (known !== undefined) return known as T;
  entry.wink ??= winkTokens(text);
  const view = make(entry.wink);
  entry.views.set(name, view);
  // Once the mapping's tokens and the tracing's words are made, wink's raw reading is not needed again.
  if (entry.views.has('tokens') && entry.views.has('words')) delete entry.wink;
  return view;
}

/** wink's reading of `text`, known ahead (see readings.ts): its views are then made without reading it again. */
export function seedReading(text: string, read: WinkTokens): void {
  if (entries.has(text)) return;
  entryOf(text).wink = read;
}
