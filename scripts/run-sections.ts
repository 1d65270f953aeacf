// Runs the sections of `npm run bench` or `npm run eval` in order, each under a "## name" heading.
export async function runSections(sections: Readonly<Record<string, () => Promise<void>>>): Promise<void> {
  for (const [name, run] of Object.entries(sections)) {
    console.log(`\n## ${name}`);
    await run();
  }
}
