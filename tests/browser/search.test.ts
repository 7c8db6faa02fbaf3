import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, trackForeignRequests } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('searching from the header', () => {
  it('submits the query to the search page, which lists results as links', async () => {
    const page = await browser.newPage();
    const foreign = await trackForeignRequests(page, server.origin);
    await page.goto(server.origin + '/gioi-thieu/');
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
