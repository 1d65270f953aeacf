export { readTxt, superscriptToDigits } from './read-txt.ts';
export { cleanInline, stripListPrefix, toSuperscript } from './clean-inline.ts';
