// Which sequence a label continues: "I." roman or the letter after "H."; "(i)"
// the letter after "(h)" or the first sub-item of "(c)".

import { nextLetter, romanToInt } from './text.ts';

const ROMAN_ITEM = /^(?=[ivxl]+$)(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$/;

/**
 * "C." after "B." is a letter, "III." after "II." is roman, "I." after "H." is the letter I.
 * When neither sequence continues, a multi-letter or higher roman numeral is taken as roman.
 */
export function capitalHeading(label: string, romanLast: number, letterLast: string | undefined): { roman: boolean; value: number; inSequence: boolean } {
  const value = romanToInt(label);
  const letterFits = label.length === 1 && label === (letterLast === undefined ? 'A' : nextLetter(letterLast).toUpperCase());
  const romanFits = value === romanLast + 1;
  if (letterFits) return { roman: false, value, inSequence: true };
  if (romanFits) return { roman: true, value, inSequence: true };
  return { roman: !Number.isNaN(value) && (label.length > 1 || value > romanLast), value, inSequence: false };
}

export type ItemDecision = 'item' | 'nested' | 'out-of-sequence' | 'unrecognised';

/** "(c)" after "(b)" is an item; "(ii)" after "(i)" inside an item is nested; "(i)" after "(h)" is an item. */
export function letteredItem(label: string, lastLabel: string | undefined, nestedLast: string | undefined, insideItem: boolean): ItemDecision {
  if (label === nextLetter(lastLabel)) return 'item';
  if (insideItem && ROMAN_ITEM.test(label) && romanToInt(label) === (nestedLast === undefined ? 1 : romanToInt(nestedLast) + 1)) return 'nested';
  return label.length === 1 ? 'out-of-sequence' : 'unrecognised';
}
