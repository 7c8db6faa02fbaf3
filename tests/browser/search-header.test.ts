/**
 * A citizen types "dat dai" (no diacritics, đ as d) into the header box and gets pages about đất đai,
 * with the matched words highlighted as written.
 */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { trackForeignRequests } from '../support/browser.ts';

const site = siteInBrowser();

describe('searching from the header without diacritics', () => {
  it('finds đất đai for "dat dai" and highlights the words in the original text', async () => {
    const page = await site.browser.newPage();
    const foreign = await trackForeignRequests(page, site.server.origin);
    await page.goto(`${site.server.origin}/`);
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(0);
    await page.fill('header input[name="q"]', 'dat dai');
    await page.press('header input[name="q"]', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=dat\+dai/);
    const results = page.locator('main ol > li');
    await results.first().waitFor();
    const titles = await page.locator('main ol > li > a').allTextContents();
    expect(titles.slice(0, 5).some((t) => t.toLocaleLowerCase('vi').includes('đất đai'))).toBe(true);
    const marks = (await page.locator('main ol > li mark').allTextContents()).map((m) => m.toLocaleLowerCase('vi'));
    expect(marks.some((m) => m.startsWith('đất') || m.startsWith('đai'))).toBe(true);
    // Focus moves to the results heading, and the count is announced.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ket-qua-tim-kiem');
    expect(await page.locator('main [role="status"]').textContent()).toMatch(/^Tìm thấy \d+ kết quả$/);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('keeps the search in the address, so it can be shared', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/tim-kiem/?q=giay+phep+xay+dung`);
    await page.locator('main ol > li').first().waitFor();
    expect(await page.inputValue('#o-tim-kiem')).toBe('giay phep xay dung');
    await page.fill('#o-tim-kiem', 'ket hon');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('ket hon');
    await expect.poll(async () => (await page.locator('main ol > li > a').allTextContents()).slice(0, 3).join(' ')).toMatch(/kết hôn/i);
    await page.close();
  });

  it('narrows by type, and searches in place when the form is sent, keeping the type', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/tim-kiem/?q=dang+ky`);
    await page.locator('main ol > li').first().waitFor();
    await page.selectOption('#loc-loai', 'Biểu mẫu');
    await expect.poll(() => new URL(page.url()).searchParams.get('loai')).toBe('Biểu mẫu');
    const types = () => page.locator('main ol > li > p.text-sm').allTextContents();
    await expect.poll(async () => (await types()).length > 0 && (await types()).every((t) => t.startsWith('Biểu mẫu'))).toBe(true);
    // The page's own form (written once, in SearchForm.astro) is taken over: sending it loads no page.
    await page.evaluate(() => Object.assign(window, { stillThisPage: true }));
    await page.fill('#o-tim-kiem', 'khai sinh');
    await page.press('#o-tim-kiem', 'Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ket-qua-tim-kiem');
    expect(await page.evaluate(() => 'stillThisPage' in window)).toBe(true);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: 'khai sinh', loai: 'Biểu mẫu' });
    expect((await page.locator('main ol > li > a').allTextContents()).join(' ')).toMatch(/khai sinh/i);
    await page.close();
  });
});
