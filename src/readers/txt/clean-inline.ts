// Inline clean-up for text converted from Word: link markup, tags and markdown
// emphasis go, footnote markers stay (as Unicode superscript digits).

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "12" -> "¹²". */
export function toSuperscript(digits: string): string {
  return [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d).join('');
}

/**
 * Markdown links "[text](target)" -> "text", as /\[([^\]]*)\]\([^)]*\)/g would, in one pass:
 * every "[" before the same "]" shares that "]", so a failed candidate skips past it
 * (the regex retried each "[" to the end of the line: quadratic on long runs of "[" or "[…](").
 */
export function unlink(line: string): string {
  let out = '';
  let from = 0;
  let open = line.indexOf('[');
  while (open >= 0) {
    const close = line.indexOf(']', open + 1);
    if (close < 0) break;
    if (line[close + 1] !== '(') {
      open = line.indexOf('[', close + 1);
      continue;
    }
    const end = line.indexOf(')', close + 2);
    if (end < 0) break;
    out += line.slice(from, open) + line.slice(open + 1, close);
    from = end + 1;
    open = line.indexOf('[', from);
  }
  return from === 0 ? line : out + line.slice(from);
}

/**
 * @example cleanInline('resolution [73/191](#), <i>annex</i>') // "resolution 73/191, annex"
 */
export function cleanInline(line: string): string {
  return unlink(line)
    .replace(/<sup>\s*(\d+)\s*<\/sup>/gi, (_m, digits: string) => toSuperscript(digits))
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, '')
    .replace(/\*\*([^*\n]+?)\*\*/g, '$1')
    .replace(/\*{2,}|_{2,}(?=\S)|(?<=\S)_{2,}/g, '')
    .replace(/(^|[^\w*])\*([^*\s][^*\n]*?)\*(?=[^\w*]|$)/g, '$1$2')
    .replace(/(?<!^)\*/g, '')
    .replace(/(^|\s)_([^_\n]+)_(?=\s|[.,;:]|$)/g, '$1$2');
}

/** Strips a markdown list prefix (" - (a) …", "* item") the converter put before a line. */
export function stripListPrefix(line: string): string {
  return line.replace(/^\s*[-+•]\s+/, '').replace(/^\s*\*\s+(?=\S)/, '');
}
