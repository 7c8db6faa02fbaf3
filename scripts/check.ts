/**
 * npm run check — validates every content file and prints every problem as
 * "file:line field: message" in Vietnamese. Exits 1 if there is any.
 * npm run check -- --production — the same, plus what a production build refuses to publish (sample data,
 * facts with `verified: false`): the list `npm run build -- --production` stops on, without building.
 */
import path from 'node:path';
import { checkContent, formatReport } from '../src/lib/content/check.ts';
import { checkForProduction, formatProductionReport } from '../src/lib/content/production.ts';
import { buildDate } from '../src/lib/dates.ts';

const args = process.argv.slice(2);
const production = args.includes('--production');
const folder = args.find((a) => !a.startsWith('--'));
const root = path.resolve(folder ?? process.env['PORTAL_CONTENT_DIR'] ?? 'content');
const problems = production ? checkForProduction(root, buildDate()) : checkContent(root).problems;
console.log(production ? formatProductionReport(problems) : formatReport(problems));
// exitCode, not exit(): a long report written to a pipe must be flushed before the process ends.
process.exitCode = problems.length ? 1 : 0;
