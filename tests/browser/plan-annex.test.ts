/**
 * Filtering the annex in a browser: the choice lives in the URL, so a filtered view can be shared.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { trackForeignRequests } from '../support/browser.ts';

const site = siteInBrowser();
const ANNEX = '/ke-hoach/19-kh-ubnd-2023/phu-luc/';

/** Astro removes the ssr attribute once an island has hydrated; before that, choices are not handled. */
const hydrated = (page: Page) => page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });

describe('the annex filter', () => {
  it('opens filtered by the item in the URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}${ANNEX}?muc=3`);
    await hydrated(page);
    await expect.poll(() => page.locator('tr[data-task-row]:visible').count()).toBe(5);
    expect(await page.locator('#loc-item').inputValue()).toBe('3');
    expect(await page.locator('fieldset [role="status"]').textContent()).toBe('Đang hiện 5/71 nhiệm vụ');
    await page.close();
  });

  it('narrows by lead unit and writes the choice into the URL', async () => {
    const page = await site.browser.newPage();
    const foreign = await trackForeignRequests(page, site.server.origin);
    await page.goto(`${site.server.origin}${ANNEX}`);
    await hydrated(page);
    await expect.poll(() => page.locator('tr[data-task-row]:visible').count()).toBe(71);
    await page.selectOption('#loc-unit', 'phong-giao-duc-dao-tao');
    await expect.poll(() => new URL(page.url()).searchParams.get('chu-tri')).toBe('phong-giao-duc-dao-tao');
    const leads = await page
      .locator('tr[data-task-row]:visible')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['lead']));
    expect(leads.length).toBe(5);
    expect(leads.every((l) => l?.split(' ').includes('phong-giao-duc-dao-tao'))).toBe(true);
    await page.click('text=Bỏ lọc');
    await expect.poll(() => page.locator('tr[data-task-row]:visible').count()).toBe(71);
    expect(new URL(page.url()).search).toBe('');
    expect(foreign).toEqual([]);
    await page.close();
  });
});
