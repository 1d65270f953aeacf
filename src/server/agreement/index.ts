export * from './stats-types.ts';
export * from './stats-percent.ts';
export * from './stats-kappa.ts';
export * from './stats-alpha.ts';
export * from './table.ts';
