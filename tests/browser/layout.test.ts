/**
 * The shell in a real browser: usable at 320 px, a skip link that moves focus, and a print stylesheet
 * that leaves out the navigation.
 */
import { describe, expect, it } from 'vitest';
import { pagesPerTemplate } from '../support/dist.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser();

describe('the shell in Chromium', () => {
  it('fits a 320 px wide phone screen without sideways scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const path of pagesPerTemplate(1)) {
      await page.goto(site.server.origin + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`${path}: ${width}px`);
    }
    await context.close();
    expect(overflowing).toEqual([]);
  });

  it('moves focus to the main content with the skip link', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.origin + '/gioi-thieu/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    await page.close();
  });

  it('prints content without the navigation or the search box', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.origin + '/tiep-can/');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      nav: getComputedStyle(document.querySelector('nav[aria-label="Điều hướng chính"]')!).display,
      search: getComputedStyle(document.querySelector('header form')!).display,
      main: getComputedStyle(document.querySelector('main')!).display,
    }));
    await page.close();
    expect(shown).toEqual({ nav: 'none', search: 'none', main: 'block' });
  });

  it('shows the 404 page for an unknown address', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(site.server.origin + '/khong-co-trang-nay/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    await page.close();
  });
});
