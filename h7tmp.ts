import { parseUpload } from './src/server/services/parse-upload.ts';
import { readFileSync } from 'node:fs';
const b = readFileSync('../shared/corpus/crime-congress-14/rpm-europe.txt');
for (let i = 0; i < 3; i++) { const t = Date.now(); const d = await parseUpload('e.txt', b); console.log(Date.now() - t, d.recommendations.length); }
await parseUpload('e.docx', b).catch((e) => console.log(String(e)));
const t = Date.now(); console.log((await parseUpload('e.txt', b)).symbol, Date.now() - t);
