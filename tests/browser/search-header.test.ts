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
});
