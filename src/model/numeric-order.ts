// Labels ordered with the numbers in them compared as numbers: subparagraphs "140.2" before "140.10", topics "A2"
// before "A10". What localeCompare(b, 'en', { numeric: true }) gives, with one collator for the process:
// localeCompare with options makes a collator per comparison, and a sort of a corpus then takes milliseconds.

const NUMERIC = new Intl.Collator('en', { numeric: true });

export const compareNumbered = (a: string, b: string): number => NUMERIC.compare(a, b);
