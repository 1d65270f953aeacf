// Reconstructs the labels Word prints for automatically numbered paragraphs
// ("16.", "(a)", "(ii)") from word/numbering.xml: abstract definitions, concrete
// w:num instances with their overrides, and the counters Word keeps per list.
import type { Document, Element } from '@xmldom/xmldom';
import { attr, child, childVal, children, intAttr, toggle } from './xml.ts';
import { formatNumber, KNOWN_FORMATS, letterLabelTooLong } from './number-format.ts';
import { LIMITS } from '../limits.ts';
import type { StyleTable } from './styles.ts';

interface LevelDef {
  readonly start: number;
  readonly numFmt: string;
  readonly lvlText: string;
  readonly isLgl: boolean;
  /** w:lvlRestart: restart after this (1-based) level is used; 0 = never; undefined = after any higher level. */
  readonly restartAfter?: number;
  readonly pStyle?: string;
}

interface AbstractNum {
  readonly levels: ReadonlyMap<number, LevelDef>;
  readonly numStyleLink?: string;
}

interface NumInstance {
  readonly abstractId: string;
  readonly startOverrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, LevelDef>;
}

/** The running counters of one list (one abstract definition), level by level. */
interface ListState {
  readonly counters: Array<number | undefined>;
  /** w:num instances already met (an override applies where its instance is first used). */
  readonly seen: Set<number>;
}

export interface NumberingRequest {
  readonly numId: number | undefined;
  readonly ilvl: number | undefined;
  readonly styleId: string | undefined;
}

export class NumberingState {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<number, NumInstance>();
  private readonly lists = new Map<string, ListState>();
  /** numFmt values met that are printed as decimal instead. */
  readonly unknownFormats = new Set<string>();
  /** Values over a limit (list levels, start values, label lengths), each said once. */
  readonly issues = new Set<string>();

  constructor(doc: Document | undefined, private readonly styles: StyleTable) {
    const root = doc?.documentElement;
    if (root === undefined || root === null) return;
    for (const el of children(root as Element, 'abstractNum')) {
      const levels = new Map<number, LevelDef>();
      for (const lvl of children(el, 'lvl')) {
        const ilvl = intAttr(lvl, 'ilvl') ?? 0;
        if (ilvl < 0 || ilvl >= LIMITS.numberingLevels) {
          this.issues.add(`list level ${ilvl} is outside Word's levels 0–${LIMITS.numberingLevels - 1}; it was ignored`);
          continue;
        }
        levels.set(ilvl, this.checkStart(readLevel(lvl)));
      }
      const link = childVal(el, 'numStyleLink');
      this.abstracts.set(attr(el, 'abstractNumId') ?? '', { levels, ...(link === undefined ? {} : { numStyleLink: link }) });
    }
    for (const el of children(root as Element, 'num')) {
      const startOverrides = new Map<number, number>();
      const levelOverrides = new Map<number, LevelDef>();
      for (const o of children(el, 'lvlOverride')) {
        const ilvl = intAttr(o, 'ilvl') ?? 0;
        if (ilvl < 0 || ilvl >= LIMITS.numberingLevels) {
          this.issues.add(`list level ${ilvl} is outside Word's levels 0–${LIMITS.numberingLevels - 1}; it was ignored`);
          continue;
        }
        const start = intAttr(child(o, 'startOverride'), 'val');
        if (start !== undefined) startOverrides.set(ilvl, this.checkStartValue(start));
        const lvl = child(o, 'lvl');
        if (lvl !== undefined) levelOverrides.set(ilvl, this.checkStart(readLevel(lvl)));
      }
      this.nums.set(intAttr(el, 'numId') ?? -1, { abstractId: childVal(el, 'abstractNumId') ?? '', startOverrides, levelOverrides });
    }
  }

  /**
   * Advances the list a paragraph belongs to and returns its printed label, or
   * undefined for an unnumbered paragraph. Call once per paragraph, in order.
   */
  next(request: NumberingRequest): string | undefined {
    const fromStyle = this.styles.numbering(request.styleId);
    const numId = request.numId ?? fromStyle?.numId;
    if (numId === undefined || numId === 0) return undefined;
    const num = this.nums.get(numId);
    if (num === undefined) return undefined;
    const abstract = this.abstractOf(num);
    if (abstract === undefined) return undefined;
    const ilvl = request.ilvl ?? fromStyle?.ilvl ?? levelForStyle(abstract, request.styleId) ?? 0;
    const level = (i: number): LevelDef | undefined => num.levelOverrides.get(i) ?? abstract.levels.get(i);
    const def = level(ilvl);
    if (def === undefined) return undefined;

    // Word keeps one set of counters per abstract definition: every w:num of it continues the same list, and
    // a w:num with a start override restarts that level where the instance is first used (LibreOffice relies on this).
    const state = this.listState(num.abstractId);
    const { counters } = state;
    if (!state.seen.has(numId)) {
      state.seen.add(numId);
      for (const i of num.startOverrides.keys()) counters[i] = undefined;
    }
    // ISO 29500 §17.9.27: an instance's start override applies when the level first starts and at every restart.
    const startOf = (i: number): number => num.startOverrides.get(i) ?? level(i)?.start ?? 1;
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let j = ilvl + 1; j < 9; j += 1) {
      const restartAfter = level(j)?.restartAfter;
      if (restartAfter === undefined || (restartAfter !== 0 && ilvl < restartAfter)) counters[j] = undefined;
    }

    // Bullets are not labels: the structurer reads list items by their text, as in the .txt (which drops them too).
    if (def.numFmt === 'bullet') return undefined;
    const label = def.lvlText.replace(/%([1-9])/g, (_m, k: string) => {
      const i = Number(k) - 1;
      const fmt = def.isLgl ? 'decimal' : level(i)?.numFmt ?? 'decimal';
      if (!KNOWN_FORMATS.has(fmt)) this.unknownFormats.add(fmt);
      const value = counters[i] ?? startOf(i);
      if (letterLabelTooLong(value, fmt)) this.issues.add(`a letter-numbered list reaches ${value}, whose label would repeat its letter over ${LIMITS.labelChars} times; such labels are printed as numbers`);
      return formatNumber(value, fmt);
    });
    return label.trim() === '' ? undefined : label.trim();
  }

  /** Word's start values stop at LIMITS.listStart; a larger one is read, with a warning. */
  private checkStartValue(start: number): number {
    if (start > LIMITS.listStart || start < 0) this.issues.add(`a list starts at ${start}, outside Word's range 0–${LIMITS.listStart}`);
    return start;
  }

  private checkStart(def: LevelDef): LevelDef {
    this.checkStartValue(def.start);
    return def;
  }

  private listState(abstractId: string): ListState {
    const known = this.lists.get(abstractId);
    if (known !== undefined) return known;
    const state: ListState = { counters: [], seen: new Set() };
    this.lists.set(abstractId, state);
    return state;
  }

  private abstractOf(num: NumInstance): AbstractNum | undefined {
    let abstract = this.abstracts.get(num.abstractId);
    // A numStyleLink points at a numbering style whose numPr names the instance holding the real definition.
    for (let hops = 0; abstract?.numStyleLink !== undefined && hops < 3; hops += 1) {
      const linked = this.styles.numbering(abstract.numStyleLink);
      const target = linked === undefined ? undefined : this.nums.get(linked.numId);
      abstract = target === undefined ? undefined : this.abstracts.get(target.abstractId);
    }
    return abstract;
  }
}

function readLevel(lvl: Element): LevelDef {
  const restartAfter = intAttr(child(lvl, 'lvlRestart'), 'val');
  const pStyle = childVal(lvl, 'pStyle');
  return {
    // The schema's default start is 0, but writers that omit it mean 1 (as LibreOffice reads it).
    start: intAttr(child(lvl, 'start'), 'val') ?? 1,
    numFmt: childVal(lvl, 'numFmt') ?? 'decimal',
    lvlText: childVal(lvl, 'lvlText') ?? '',
    isLgl: toggle(lvl, 'isLgl'),
    ...(restartAfter === undefined ? {} : { restartAfter }),
    ...(pStyle === undefined ? {} : { pStyle }),
  };
}

function levelForStyle(abstract: AbstractNum, styleId: string | undefined): number | undefined {
  if (styleId === undefined) return undefined;
  for (const [ilvl, def] of abstract.levels) if (def.pStyle === styleId) return ilvl;
  return undefined;
}
