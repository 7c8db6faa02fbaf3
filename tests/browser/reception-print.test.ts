/** The posted notice prints on one A4 sheet (Chromium's own print to PDF). */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { pdfText } from '../support/documents.ts';

const site = siteInBrowser();

describe('the printable reception notice', () => {
  it('fits one A4 page with the schedule and its QR code', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/lich-tiep-cong-dan/don-vi/ubnd-phuong-pho-hien/niem-yet/`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.close();
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
    expect(doc.numPages).toBe(1);
    await doc.destroy();
    // Chromium's PDF places some glyphs one by one: compare without spaces.
    const text = (await pdfText(new Uint8Array(pdf))).replace(/\s+/g, '');
    expect(text).toContain('LỊCHTIẾPCÔNGDÂN');
    expect(text).toContain('Quétmãđểxemlịchmớinhất');
    // A sample schedule stays labelled on paper: the notice's own line, not only the site's banner.
    expect(text).toContain('Dữliệumẫu:bảnniêmyếtnày');
    expect(text).toContain('Bảntrìnhdiễn:');
  });
});
