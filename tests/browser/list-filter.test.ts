/**
 * The list filter on the forms list: words typed without diacritics and a field narrow the list already in
 * the page, and the choice lives in the URL. (The item selector starts with its tag: Tailwind reads every
 * file for class names, and an attribute selector followed by the visible pseudo-class, written bare, would
 * become a rule in the site's CSS.)
 */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser();
const FORMS = '/bieu-mau/';

describe('the list filter', () => {
  it('narrows by words and field, writes both into the URL and reads them back', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}${FORMS}`);
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    const shown = () => page.locator('#danh-sach-bieu-mau li[data-filter-item]:visible h2').allTextContents();
    const all = (await shown()).length;
    await page.fill('#danh-sach-bieu-mau-q', 'khai sinh');
    await expect.poll(async () => (await shown()).length).toBeLessThan(all);
    expect((await shown()).every((title) => title.toLocaleLowerCase('vi').includes('khai sinh'))).toBe(true);
    await page.selectOption('#danh-sach-bieu-mau-linh-vuc', 'dat-dai');
    await expect.poll(async () => (await shown()).length).toBe(0);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: 'khai sinh', 'linh-vuc': 'dat-dai' });

    await page.goto(`${site.server.origin}${FORMS}?linh-vuc=dat-dai`);
    await expect.poll(async () => (await shown()).length).toBe(3);
    expect(await page.inputValue('#danh-sach-bieu-mau-linh-vuc')).toBe('dat-dai');
    await page.close();
  });
});
