/** The plan's print version keeps "dữ liệu mẫu" next to sample progress on paper (Chromium's print to PDF). */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { pdfText } from '../support/documents.ts';

const site = siteInBrowser();

describe('the printed plan', () => {
  it('says which progress is sample data, and that the portal is a demonstration', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/ke-hoach/19-kh-ubnd-2023/ban-in/`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    // Chromium's PDF places some glyphs one by one: compare without spaces.
    const text = (await pdfText(new Uint8Array(pdf))).replace(/\s+/g, '');
    expect(text).toContain('Bảntrìnhdiễn:');
    expect(text).toContain('Dữliệumẫu:tìnhtrạngcácnhiệmvụ');
    expect(text).toContain('(dữliệumẫu)');
  });
});
