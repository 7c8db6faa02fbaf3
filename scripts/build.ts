/**
 * Builds the site into a staging folder and only replaces dist/ when every step succeeded,
 * so a failed build never leaves a half-built site to publish.
 *   PORTAL_DIST_DIR     where the finished site goes (default dist)
 *   PORTAL_CONTENT_DIR  content folder to build from (default content)
 *   PORTAL_BUILD_DATE   the day to build "as of", YYYY-MM-DD (default today in Vietnam)
 * With --production (the build the public gets), it first refuses, before building anything, content that
 * is not real: sample records, facts marked `verified: false`, placeholders (lib/content/production.ts).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import { checkForProduction, formatProductionReport } from '../src/lib/content/production.ts';
import { buildDate } from '../src/lib/dates.ts';

const distDir = path.resolve(process.env['PORTAL_DIST_DIR'] ?? 'dist');
const shownDist = path.relative(process.cwd(), distDir) || distDir;
const stagingRoot = path.resolve('.staging', path.basename(distDir) + '-' + process.pid);
const staging = path.join(stagingRoot, 'site');

const options = process.argv.slice(2);
const unknown = options.filter((o) => o !== '--production');
if (unknown.length) {
  console.error(`Không hiểu tùy chọn ${unknown.join(' ')}; chỉ có --production.`);
  process.exit(2);
}
if (options.includes('--production')) {
  // The same folder and day as the build's content gate, whose check this shares (lib/content/checked.ts).
  const problems = checkForProduction(path.resolve(process.env['PORTAL_CONTENT_DIR'] ?? 'content'), buildDate());
  if (problems.length) {
    console.error(formatProductionReport(problems));
    console.error(`\nBản dựng chính thức không được tạo; ${shownDist} không bị thay đổi.`);
    // exitCode, not exit(): the long report must reach a pipe in full. Nothing else is running yet.
    process.exitCode = 1;
  }
}
if (!process.exitCode) await buildSite();

async function buildSite(): Promise<void> {
  rmSync(stagingRoot, { recursive: true, force: true });
  mkdirSync(stagingRoot, { recursive: true });
  try {
    await build({ outDir: staging, logLevel: process.env['CI'] ? 'warn' : 'info' });
  } catch (error) {
    rmSync(stagingRoot, { recursive: true, force: true });
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    console.error(`\nBản dựng thất bại; ${shownDist} không bị thay đổi.`);
    process.exit(1);
  }

  const previous = path.join(stagingRoot, 'previous');
  if (existsSync(distDir)) renameSync(distDir, previous);
  mkdirSync(path.dirname(distDir), { recursive: true });
  renameSync(staging, distDir);
  rmSync(stagingRoot, { recursive: true, force: true });
  console.log(`Đã tạo trang web trong ${shownDist}.`);
}
