/**
 * The editing UI at /admin/: it loads in Chromium from the site alone (no request to another origin), in
 * Vietnamese, and shows every collection the schemas define; on a local machine it offers to work on the
 * local repository. Its origin holds the editor's git token, so it runs under a policy that allows only
 * the site's own scripts, and it passes axe like every other page.
 *
 * The UI first shows "Loading Sveltia UI" for a variable while on a busy machine: every step waits for the
 * state it asserts (a button, the full collection list), never for a time.
 */
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, trackCspViolations, trackForeignRequests, type AxeViolation } from '../support/browser.ts';
import { distDir } from '../support/dist.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser();
const config = parse(readFileSync(path.join(distDir, 'admin/tap-dung/config.yml'), 'utf8')) as {
  collections: { name: string; label: string }[];
};

/** Generous: the UI's first load parses a 2 MB bundle, slow on two busy cores. */
const UI_LOADS = { timeout: 60_000 };

/** The names in the UI's collection list, as a reader sees them (Sveltia wraps names in bidi isolates). */
const collectionList = async (page: Page) =>
  (await page.getByRole('treeitem').allInnerTexts()).map((t) => t.normalize('NFC').replace(/[\u2066-\u2069]/g, ''));

/** Labels of collections not (yet) in the list. */
const missingCollections = async (page: Page) => {
  const shown = await collectionList(page);
  return config.collections.map((c) => c.label.normalize('NFC')).filter((label) => !shown.some((s) => s.includes(label)));
};

const describeViolations = (violations: AxeViolation[]) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** Opens the practice repository (in the browser only) and waits until every collection is listed. */
async function openPractice(page: Page) {
  await page.goto(`${site.server.origin}/admin/tap-dung/`);
  await page.getByRole('button', { name: /kho mã nguồn thử nghiệm/i }).click(UI_LOADS);
  await expect.poll(() => missingCollections(page), UI_LOADS).toEqual([]);
}

describe('the editing UI', () => {
  it('shows every collection, in Vietnamese, loading nothing from another origin', async () => {
    // A fresh context each time: the UI remembers its last sign-in in the browser's storage.
    const context = await site.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    const foreign = await trackForeignRequests(page, site.server.origin);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await openPractice(page);
    expect(config.collections.length).toBeGreaterThan(15);
    // The first collection opens, ready for a new record, in Vietnamese.
    await page.getByRole('button', { name: 'Tạo bài viết mới' }).first().waitFor(UI_LOADS);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the local repository and the git host to sign in to, under its policy and accessible', async () => {
    // A fresh context each time: the UI remembers its last sign-in in the browser's storage.
    const context = await site.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    const foreign = await trackForeignRequests(page, site.server.origin);
    const csp = await trackCspViolations(page);
    await page.goto(`${site.server.origin}/admin/`);
    await page.getByRole('button', { name: /kho mã nguồn cục bộ/i }).waitFor(UI_LOADS);
    await page.getByRole('button', { name: /Đăng nhập bằng \W?GitHub/i }).waitFor(UI_LOADS);
    // Ours, and the one the UI adds itself.
    expect(await page.locator('meta[name="robots"]').first().getAttribute('content')).toBe('noindex, nofollow');
    expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toMatch(/script-src 'self';/);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    expect(await csp()).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it("opens a collection and an entry's editor with no policy violation, no foreign request and no axe violation", async () => {
    const context = await site.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    const foreign = await trackForeignRequests(page, site.server.origin);
    const csp = await trackCspViolations(page);
    // Libraries the UI imports on demand are pointed at the site (src/lib/cms/self-host.ts), which serves
    // none of them: a request there means a feature that needs one was reached.
    const lazy: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/admin/thu-vien/')) lazy.push(r.url());
    });
    await openPractice(page);

    // The viewport the UI sets lets the reader zoom (axe: meta-viewport).
    for (const content of await page
      .locator('meta[name="viewport"]')
      .evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''))) {
      expect(content).not.toMatch(/maximum-scale=1(\.0)?\b|user-scalable=(no|0)/);
    }
    expect(describeViolations(await axeViolations(page)), 'collection list').toEqual([]);

    await page.evaluate(() => {
      location.hash = '#/collections/notices';
    });
    await page.getByRole('button', { name: 'Tạo bài viết mới' }).first().click(UI_LOADS);
    await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).waitFor(UI_LOADS);
    // The body's markdown editor, the part of the form that would import a highlighter from a CDN. The UI
    // renders fields as they scroll into view: scroll the form down until the editor is there.
    await expect
      .poll(async () => {
        await page.evaluate(() => {
          for (const el of document.querySelectorAll('*'))
            if (el.scrollHeight > el.clientHeight + 10 && /auto|scroll/.test(getComputedStyle(el).overflowY))
              el.scrollTop = el.scrollHeight;
        });
        return page.locator('[contenteditable="true"]').count();
      }, UI_LOADS)
      .toBeGreaterThan(0);
    const body = page.locator('[contenteditable="true"]').first();
    await body.click();
    await page.keyboard.type('Đoạn đầu của thông báo.');
    await expect.poll(() => body.innerText()).toContain('Đoạn đầu của thông báo.');
    expect(describeViolations(await axeViolations(page)), 'entry editor').toEqual([]);

    expect(await csp()).toEqual([]);
    expect(foreign).toEqual([]);
    expect(lazy).toEqual([]);
    await context.close();
  });
});
