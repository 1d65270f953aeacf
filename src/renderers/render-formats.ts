// The output formats and the file each writes; light, so the CLI can check --formats at start-up.

export const FORMATS = ['html', 'docx', 'xlsx', 'csv', 'json', 'md'] as const;
export type Format = (typeof FORMATS)[number];

export const FILE_NAMES: Record<Format, string> = {
  html: 'index.html',
  docx: 'mapping.docx',
  xlsx: 'mapping.xlsx',
  csv: 'mapping.csv',
  json: 'mapping.json',
  md: 'mapping.md',
};

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}
