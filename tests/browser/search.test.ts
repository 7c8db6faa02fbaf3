import { describe, expect, it } from 'vitest';
import { trackForeignRequests } from '../support/browser.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser();

describe('searching from the header', () => {
  it('submits the query to the search page, which lists results as links', async () => {
    const page = await site.browser.newPage();
    const foreign = await trackForeignRequests(page, site.server.origin);
    await page.goto(site.server.origin + '/gioi-thieu/');
    await page.fill('header input[name="q"]', 'khả năng tiếp cận');
    await page.press('header input[name="q"]', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    const first = page.locator('main ol > li a').first();
    await first.waitFor();
    expect(await first.textContent()).toBe('Tuyên bố về khả năng tiếp cận');
    expect(await page.locator('[role="status"]').textContent()).toMatch(/Tìm thấy \d+ kết quả/);
    expect(foreign).toEqual([]);
    await page.close();
  });
});
