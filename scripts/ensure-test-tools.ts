/**
 * The test suite drives Debian's Chromium, serves the site with a real nginx and checks its HTML with the W3C
 * Nu checker, which runs on Java. On a fresh Debian machine
 * where we may install packages (root with apt-get), install what is missing; otherwise stop with
 * instructions. Never skip those tests silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tools = [
  {
    name: 'Chromium',
    path: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    pkg: 'chromium',
    env: 'CHROMIUM_PATH',
    why: 'các bài kiểm thử trình duyệt',
  },
  {
    name: 'nginx',
    path: process.env['NGINX_PATH'] ?? '/usr/sbin/nginx',
    pkg: 'nginx',
    env: 'NGINX_PATH',
    why: 'bài kiểm thử cấu hình máy chủ web',
  },
  {
    name: 'Java',
    path: process.env['JAVA_PATH'] ?? '/usr/bin/java',
    pkg: 'default-jre-headless',
    env: 'JAVA_PATH',
    why: 'bài kiểm thử HTML theo chuẩn W3C (vnu.jar)',
  },
];

let missing = tools.filter((t) => !existsSync(t.path));
if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const installable = missing.filter((t) => !process.env[t.env]);
if (isRoot && hasApt && installable.length) {
  const pkgs = installable.map((t) => t.pkg);
  console.log(`Đang cài gói Debian cho bộ kiểm thử: ${pkgs.join(', ')} (khoảng một phút)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  missing = missing.filter((t) => !existsSync(t.path));
  if (missing.length === 0) process.exit(0);
}
for (const t of missing) {
  console.error(
    `Không tìm thấy ${t.name} tại ${t.path}; ${t.why} không thể chạy.\n` +
      `  Debian/Ubuntu: sudo apt-get install -y ${t.pkg}\n` +
      `  hoặc đặt ${t.env}=/đường/dẫn/tới/${t.name.toLowerCase()} rồi chạy lại "npm test".`,
  );
}
process.exit(1);
