export * from './types.ts';
export * from './citation.ts';
export * from './errors.ts';
