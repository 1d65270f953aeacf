// `npm run eval`: scores the mapping and the tracing against ../shared/gold and prints tables.
import { existsSync } from 'node:fs';

const modules = ['mapping', 'mapping-heldout', 'tracing'];
for (const name of modules) {
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  const module = (await import(file.href)) as { run: () => Promise<void> };
  console.log(`\n## ${name}`);
  await module.run();
}
