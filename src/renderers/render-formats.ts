// The output formats and the file each writes; light, so the CLI can check --formats at start-up.

/** What `concord build` writes when --formats is not given. */
export const DEFAULT_FORMATS = ['html', 'docx', 'xlsx', 'csv', 'json', 'md'] as const;
/** Every format; the exchange formats (REFI-QDA project, Akoma Ntoso) and OHCHR's thematic list are opt-in. */
export const FORMATS = [...DEFAULT_FORMATS, 'qdpx', 'akn', 'thematic'] as const;
export type Format = (typeof FORMATS)[number];

export const FILE_NAMES: Record<Format, string> = {
  html: 'index.html',
  docx: 'mapping.docx',
  xlsx: 'mapping.xlsx',
  csv: 'mapping.csv',
  json: 'mapping.json',
  md: 'mapping.md',
  qdpx: 'mapping.qdpx',
  // One file per document, named from its symbol (see src/renderers/akn/file-name.ts).
  akn: '*.akn.xml',
  thematic: 'thematic-list.docx',
};

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}
