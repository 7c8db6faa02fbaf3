/**
 * Builds the site into a staging folder and only replaces dist/ when every step succeeded,
 * so a failed build never leaves a half-built site to publish.
 *   PORTAL_DIST_DIR     where the finished site goes (default dist)
 *   PORTAL_CONTENT_DIR  content folder to build from (default content)
 *   PORTAL_BUILD_DATE   the day to build "as of", YYYY-MM-DD (default today in Vietnam)
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';

const distDir = path.resolve(process.env['PORTAL_DIST_DIR'] ?? 'dist');
const stagingRoot = path.resolve('.staging', path.basename(distDir) + '-' + process.pid);
const staging = path.join(stagingRoot, 'site');

rmSync(stagingRoot, { recursive: true, force: true });
mkdirSync(stagingRoot, { recursive: true });
try {
  await build({ outDir: staging, logLevel: process.env['CI'] ? 'warn' : 'info' });
} catch (error) {
  rmSync(stagingRoot, { recursive: true, force: true });
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  console.error(`\nBản dựng thất bại; ${path.relative(process.cwd(), distDir) || distDir} không bị thay đổi.`);
  process.exit(1);
}

const previous = path.join(stagingRoot, 'previous');
if (existsSync(distDir)) renameSync(distDir, previous);
mkdirSync(path.dirname(distDir), { recursive: true });
renameSync(staging, distDir);
rmSync(stagingRoot, { recursive: true, force: true });
console.log(`Đã tạo trang web trong ${path.relative(process.cwd(), distDir) || distDir}.`);
