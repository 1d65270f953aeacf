// How a link's precedent is named, the same in every annex and in the workbench (which
// imports it from here: the front end owns no renderer).

/** "Linked alike for A/CONF.234/RPM.2/1, para. 33 (a), which reads like it (0.42)." (a link's precedent). */
export function precedentLabel(precedent: { readonly citation: string; readonly similarity: number }): string {
  return `Linked alike for ${precedent.citation}, which reads like it (${precedent.similarity.toFixed(2)}).`;
}
