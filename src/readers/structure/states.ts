// The recommending States of a UPR recommendation: the parentheses that close each of its
// clauses, "… (France) (Lithuania);" or "… (Spain, Tunisia, Portugal);", which may hold a
// State's own parentheses ("Iran (Islamic Republic of)"). A parenthesis inside the wording
// ("(No. 29)", "(ICRMW)") is not a State.

interface Group {
  readonly start: number;
  readonly end: number;
  readonly inner: string;
}

/** Top-level parenthesised groups, balanced, in one pass. */
function groupsOf(text: string): Group[] {
  const groups: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return groups;
}

/** Commas at the group's own level: "Venezuela (Bolivarian Republic of), Peru" is two names. */
function splitNames(inner: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      names.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  names.push(inner.slice(from));
  return names.map((name) => name.replace(/\s+/g, ' ').trim()).filter((name) => name !== '');
}

/** Words of a treaty, body or text, never of a State's name. */
const NOT_A_STATE = /\b(?:Convention|Covenant|Protocol|Act|Code|Law|Committee|Council|Programme|Plan|Strategy|Principles|Agenda|Declaration|Rules|No\.)\b/;

/** Looks like a State's name: capitalised words (and "of", "the", "and"), no digits, not an acronym. */
const looksLikeState = (name: string): boolean =>
  !/\d/.test(name) && !/^[\p{Lu}\s-]+$/u.test(name) && !NOT_A_STATE.test(name)
  && name.split(/\s+/).every((word) => /^[\p{Lu}(]/u.test(word) || /^(?:of|the|and|d'|da|de|du|del)\)?$/.test(word));

/**
 * The States a recommendation names, in order, each once.
 * @example recommendingStates('Ratify ICRMW (Senegal, Venezuela (Bolivarian Republic of));') // ['Senegal', 'Venezuela (Bolivarian Republic of)']
 */
export function recommendingStates(text: string): string[] {
  const groups = groupsOf(text);
  const states: string[] = [];
  // Runs of groups separated by spaces only, each closing a clause (followed by ";", "." or the end).
  let run: Group[] = [];
  const flush = (): void => {
    const last = run.at(-1);
    if (last === undefined) return;
    if (/^\s*(?:[;.,]|$)/.test(text.slice(last.end))) {
      const lastNames = splitNames(last.inner);
      // A run of several groups names one State each ("(France) (Lithuania)"); one group may list many.
      const named = lastNames.length > 1 ? [lastNames] : run.map((group) => splitNames(group.inner));
      for (const [i, names] of named.entries()) {
        const isLast = i === named.length - 1;
        if (!isLast && !(names.length === 1 && looksLikeState(names[0] ?? ''))) continue;
        for (const name of names) if (!states.includes(name)) states.push(name);
      }
    }
    run = [];
  };
  for (const group of groups) {
    const previous = run.at(-1);
    if (previous !== undefined && text.slice(previous.end, group.start).trim() !== '') flush();
    run.push(group);
  }
  flush();
  return states;
}
