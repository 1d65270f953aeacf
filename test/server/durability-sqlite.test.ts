// The durability check (kill -9 mid-stream, restart, every acknowledged decision present) on sqlite.
import { durabilitySuite } from './durability.ts';

durabilitySuite('sqlite');
