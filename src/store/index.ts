export * from './open.ts';
export * from './errors.ts';
export * from './projects.ts';
export * from './documents.ts';
export * from './machine.ts';
export * from './decisions.ts';
export type * from './schema.ts';
