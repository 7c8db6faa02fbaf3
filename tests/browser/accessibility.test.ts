/**
 * axe-core with the WCAG 2.2 AA tags on at least one page of every template, in Chromium, and no request
 * from any of those pages to another origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations, launchBrowser, trackForeignRequests } from '../support/browser.ts';
import { pagesPerTemplate } from '../support/dist.ts';
import { serveDist, type StaticServer } from '../support/server.ts';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = pagesPerTemplate(2);

describe('accessibility of every template (axe-core, WCAG 2.2 AA)', () => {
  it('samples enough pages', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('would catch a violation (the check itself works)', async () => {
    const page = await context.newPage();
    await page.setContent('<html lang="vi"><head><title>Thử</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="#"></a></main></body></html>');
    const ids = (await axeViolations(page)).map((v) => v.id).sort();
    await page.close();
    expect(ids).toEqual(['image-alt', 'link-name']);
  });

  it.each(pages)('%s has no violations and no foreign requests', async (path) => {
    const page = await context.newPage();
    const foreign = await trackForeignRequests(page, server.origin);
    await page.goto(server.origin + path, { waitUntil: 'load' });
    const violations = await axeViolations(page);
    await page.close();
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
