// Paths into ../shared for the tests: the helper bench and eval use too (they may not import test/).
export { corpusPath, sharedPath } from '../../bench/support/shared.ts';
