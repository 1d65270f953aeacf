export { createApp } from './app.ts';
export type { AppOptions } from './app.ts';
export { startServer } from './start.ts';
export type { ServeOptions, RunningServer } from './start.ts';
export { importFolder } from './services/import-folder.ts';
export { exportProject } from './services/export-project.ts';
