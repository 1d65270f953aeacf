// `npm run bench`: runs every benchmark and prints its figures.
import { runSections } from '../scripts/run-sections.ts';
import { run as cli } from './cli.ts';
import { run as parse } from './parse.ts';
import { run as map } from './map.ts';
import { run as build } from './build.ts';
import { run as trace } from './trace.ts';
import { run as serve } from './serve.ts';
import { run as agreement } from './agreement.ts';
import { benchScale } from './scale.ts';

// scale: concord build on 10, 100 and 1,000 synthetic reports (fresh processes, JSON), with the growth between sizes.
await runSections({ cli, parse, map, build, trace, serve, agreement, scale: async () => { await benchScale(); } });
