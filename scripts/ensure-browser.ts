/**
 * Browser tests need Chromium. On a fresh Debian machine where we may install packages (root with
 * apt-get), install Debian's package; otherwise stop with instructions. Never skip silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt && !process.env['CHROMIUM_PATH']) {
  console.log('Chưa có Chromium cho các bài kiểm thử trình duyệt: đang cài gói "chromium" của Debian (khoảng một phút)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `Không tìm thấy Chromium tại ${path}; các bài kiểm thử trình duyệt không thể chạy.\n` +
    `  Debian/Ubuntu: sudo apt-get install -y chromium\n` +
    `  hoặc đặt CHROMIUM_PATH=/đường/dẫn/tới/chromium rồi chạy lại "npm test".`,
);
process.exit(1);
