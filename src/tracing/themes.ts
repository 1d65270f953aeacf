// Which of a paragraph's headings name a theme: the outcome document's lead-ins ("We therefore
// endeavour to take the following actions:") end with a colon and name none.

/** Headings that name a theme, top down (not lead-ins ending with a colon). */
export const themes = (headings: readonly string[]): string[] => headings.filter((h) => !h.trim().endsWith(':'));
