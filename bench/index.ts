// `npm run bench`: runs every benchmark and prints its figures.
import { runSections } from '../scripts/run-sections.ts';
import { run as cli } from './cli.ts';
import { run as parse } from './parse.ts';
import { run as map } from './map.ts';
import { run as build } from './build.ts';
import { run as trace } from './trace.ts';
import { run as serve } from './serve.ts';

await runSections({ cli, parse, map, build, trace, serve });
