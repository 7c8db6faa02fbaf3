/**
 * npm run check — validates every content file and prints every problem as
 * "file:line field: message" in Vietnamese. Exits 1 if there is any.
 */
import path from 'node:path';
import { checkContent, formatReport } from '../src/lib/content/check.ts';

const root = path.resolve(process.argv[2] ?? process.env['PORTAL_CONTENT_DIR'] ?? 'content');
const { problems } = checkContent(root);
console.log(formatReport(problems));
process.exit(problems.length ? 1 : 0);
