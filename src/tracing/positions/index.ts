export { readPositions, reportOfAddendum, type PositionsResult, type StatedPosition } from './read-positions.ts';
export { traceToPositions } from './trace-positions.ts';
export { listAfter, parseReferences, type Reference } from './references.ts';
