// Reads each family of issue 13 once at a multiple of the size the issue quoted and prints
// the time (wall and CPU), the outcome and the RSS: npx tsx test/fuzz/families-at.ts 4 [family-substring]
import { FAMILIES } from './families.ts';
import { readDocumentFromBytes } from '../../src/readers/index.ts';
const factor = Number(process.argv[2] ?? 1);
const only = process.argv[3];
for (const family of FAMILIES) {
  if (only !== undefined && !family.id.includes(only)) continue;
  const input = await family.make(Math.max(1, Math.round(family.quoted * (family.quoted > 1000 ? factor : 1))));
  const t = performance.now();
  const cpu = process.cpuUsage();
  let outcome: string;
  try { const d = await readDocumentFromBytes(input.name, input.bytes); outcome = `doc ${d.paragraphs.length} p, ${d.messages.length} msgs`; }
  catch (e) { outcome = `refused: ${(e as Error).message.slice(0, 150)}`; }
  const used = process.cpuUsage(cpu);
  console.log(`${family.id} x${factor}: ${((performance.now() - t) / 1000).toFixed(2)} s (${((used.user + used.system) / 1e6).toFixed(2)} s CPU), ${outcome}, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
}
process.exit(0);
