/**
 * node scripts/screenshots.ts — the pictures in the editor guide (docs/huong-dan-bien-tap/anh/): the
 * editing UI (practice mode, so nothing is saved) and the published pages, taken from the built dist/ in
 * Chromium. Run after `npm run build` when the UI or the pages change.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';

const out = path.resolve('docs/huong-dan-bien-tap/anh');
mkdirSync(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1200, height: 760 }, deviceScaleFactor: 1 });
const page = await context.newPage();
const shot = async (name: string) => {
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  console.log(`Đã chụp ${name}.png`);
};

try {
  await page.goto(`${server.origin}/admin/`);
  await page.getByRole('button', { name: /kho mã nguồn cục bộ/i }).waitFor();
  await shot('1-dang-nhap');

  await page.goto(`${server.origin}/admin/tap-dung/`);
  await page.getByRole('button', { name: /kho mã nguồn thử nghiệm/i }).click();
  await page.getByText('Nghĩa vụ công khai').first().waitFor({ state: 'visible' });
  // The UI routes by the address's #fragment.
  await page.evaluate(() => (location.hash = '#/collections/notices'));
  await page.waitForTimeout(1000);
  await shot('2-chuyen-muc');

  await page.evaluate(() => (location.hash = '#/collections/notices/new'));
  await page.waitForTimeout(1500);
  await shot('3-tao-moi');

  await page.goto(`${server.origin}/cong-khai/thong-bao/`);
  await shot('4-trang-cong-khai');
  await page.goto(`${server.origin}/cong-khai/tuan-thu/`);
  await shot('5-bao-cao-tuan-thu');
} finally {
  await browser.close();
  await server.close();
}
