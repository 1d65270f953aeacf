// Citations as the United Nations writes them: "A/CONF.234/RPM.5/1, para. 28 (c)",
// "A/CONF.234/16, chap. I, resol. 1, para. 22".

import type { Locator } from './types.ts';

/**
 * @example formatCitation({ symbol: 'A/CONF.234/RPM.5/1', paragraph: 28, subparagraph: 'c' })
 *   // "A/CONF.234/RPM.5/1, para. 28 (c)"
 */
export function formatCitation(locator: Locator): string {
  const parts = [locator.symbol];
  if (locator.chapter !== undefined) parts.push(`chap. ${locator.chapter}`);
  if (locator.resolution !== undefined) parts.push(`resol. ${locator.resolution}`);
  let para = `para. ${locator.paragraph}`;
  // A decimal item keeps its point (".12"): "para. 121.12".
  if (locator.subparagraph?.startsWith('.') === true) para += locator.subparagraph;
  else if (locator.subparagraph !== undefined && locator.subparagraph !== '') {
    para += ' ' + locator.subparagraph.split('.').map((label) => `(${label})`).join(' ');
  }
  parts.push(para);
  return parts.join(', ');
}

/** The id a recommendation is known by everywhere (store, examples, gold): "A/CONF.234/RPM.5/1#28c". */
export function recommendationId(symbol: string, paragraph: number, subparagraph: string): string {
  return `${symbol}#${paragraph}${subparagraph}`;
}
