// `npm run bench`: runs every benchmark module present and prints its figures.
import { existsSync } from 'node:fs';

const modules = ['parse', 'map', 'build', 'trace', 'serve'];
for (const name of modules) {
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  const module = (await import(file.href)) as { run: () => Promise<void> };
  console.log(`\n## ${name}`);
  await module.run();
}
