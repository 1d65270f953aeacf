// `npm run eval`: scores the mapping and the tracing against ../shared/gold and prints tables.
import { runSections } from '../scripts/run-sections.ts';
import { run as mapping } from './mapping.ts';
import { run as mappingHeldout } from './mapping-heldout.ts';
import { run as mappingUpr } from './mapping-upr.ts';
import { run as tracing } from './tracing.ts';
import { run as uprParse } from './upr-parse.ts';

await runSections({ mapping, 'mapping-heldout': mappingHeldout, 'mapping-upr': mappingUpr, tracing, 'upr-parse': uprParse });
