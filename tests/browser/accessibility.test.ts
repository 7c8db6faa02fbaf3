/**
 * axe-core with the WCAG 2.2 AA tags on at least one page of every template, in Chromium, and no request
 * from any of those pages to another origin.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, trackForeignRequests } from '../support/browser.ts';
import { pagesPerTemplate } from '../support/dist.ts';
import { routes } from '../../src/lib/routes.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser();

// One page of every template: axe takes about two seconds a page on this machine. The privacy notice shares the
// Markdown page template but has its own contact block, so it is checked too.
const pages = [...new Set([...pagesPerTemplate(1), routes.privacyNotice()])];

describe('accessibility of every template (axe-core, WCAG 2.2 AA)', () => {
  it('samples enough pages', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('would catch a violation (the check itself works)', async () => {
    const page = await site.browser.newPage();
    await page.setContent(
      '<html lang="vi"><head><title>Thử</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="#"></a></main></body></html>',
    );
    const ids = (await axeViolations(page)).map((v) => v.id).sort();
    await page.close();
    expect(ids).toEqual(['image-alt', 'link-name']);
  });

  it.each(pages)('%s has no violations and no foreign requests', async (path) => {
    const page = await site.browser.newPage();
    const foreign = await trackForeignRequests(page, site.server.origin);
    await page.goto(site.server.origin + path, { waitUntil: 'load' });
    const violations = await axeViolations(page);
    await page.close();
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
