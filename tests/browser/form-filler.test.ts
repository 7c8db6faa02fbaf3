/**
 * Filling a form in the browser: the citizen types, downloads a PDF with what was typed, and nothing they
 * typed leaves the device; all of it under the page's Content Security Policy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { trackCspViolations } from '../support/browser.ts';
import { pdfText } from '../support/documents.ts';

const site = siteInBrowser();

describe('the form filler', () => {
  it('downloads a filled PDF and sends nothing typed over the network', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const cspViolations = await trackCspViolations(page);
    await page.goto(`${site.server.origin}/bieu-mau/to-khai-dang-ky-khai-sinh/`);
    await page.locator('#o-kinhGui').scrollIntoViewIfNeeded();
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });

    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));

    const name = 'Nguyễn Thị Đào Ánh';
    await page.fill('#o-kinhGui', 'Ủy ban nhân dân phường Phố Hiến');
    await page.fill('#o-nguoiYeuCauHoTen', name);
    await page.fill('#o-nguoiYeuCauGiayTo', 'Căn cước số 033099000001');
    await page.check('#o-nguoiDuocKhaiSinhGioiTinh-1');
    const download = page.waitForEvent('download');
    await page.click('text=Tải PDF đã điền');
    const file = await download;
    expect(file.suggestedFilename()).toBe('to-khai-dang-ky-khai-sinh-da-dien.pdf');
    const text = await pdfText(new Uint8Array(readFileSync(await file.path())));
    expect(text).toContain(`Họ, chữ đệm, tên người yêu cầu: ${name}`);
    expect(text).toContain('Kính gửi: Ủy ban nhân dân phường Phố Hiến');
    expect(text).toContain('Giấy tờ tùy thân: Căn cước số 033099000001');
    // A filled copy is still a guide: labelled under the national header and in the footer, like the blank one.
    expect(text.replace(/\s+/g, ' ')).toContain('Độc lập - Tự do - Hạnh phúc (Bản hướng dẫn, không thay thế mẫu chính thức)');
    expect(text).toMatch(/Bản hướng dẫn, không thay thế mẫu chính thức · .* · Trang 1\//);
    expect(await page.locator('[role="status"]').last().textContent()).toBe('Đã tạo tệp PDF.');

    // Only the PDF library and the font were fetched, and none of them carries what was typed.
    expect(requests.length).toBeGreaterThan(0);
    const leaks = requests.filter((r) => r.includes(encodeURIComponent(name)) || r.includes(name) || r.includes('Nguy'));
    expect(leaks).toEqual([]);
    expect(requests.every((r) => r.startsWith(`GET ${site.server.origin}/`))).toBe(true);
    // The PDF library runs under the page's Content Security Policy.
    expect(await cspViolations()).toEqual([]);
    await context.close();
  });
});
