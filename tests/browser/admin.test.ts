/**
 * The editing UI at /admin/: it loads in Chromium from the site alone (no request to another origin), in
 * Vietnamese, and shows every collection the schemas define; on a local machine it offers to work on the
 * local repository.
 */
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackForeignRequests } from '../support/browser.ts';
import { distDir } from '../support/dist.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser();
const config = parse(readFileSync(path.join(distDir, 'admin/tap-dung/config.yml'), 'utf8')) as { collections: { label: string }[] };

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
    await page.goto(`${site.server.origin}/admin/tap-dung/`);
    await page.getByRole('button', { name: /kho mã nguồn thử nghiệm/i }).click();
    await page.getByText(config.collections.at(-1)!.label).first().waitFor({ state: 'visible' });
    // Sveltia wraps names in bidi isolates; compare the letters.
    const shown = (await page.locator('body').innerText()).normalize('NFC').replace(/[\u2066-\u2069]/g, '');
    expect(config.collections.length).toBeGreaterThan(15);
    for (const c of config.collections) expect(shown, c.label).toContain(c.label.normalize('NFC').slice(0, 12));
    expect(shown).toContain('Tạo mới');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the local repository and the git host to sign in to', async () => {
    // A fresh context each time: the UI remembers its last sign-in in the browser's storage.
    const context = await site.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    const foreign = await trackForeignRequests(page, site.server.origin);
    await page.goto(`${site.server.origin}/admin/`);
    await page.getByRole('button', { name: /kho mã nguồn cục bộ/i }).waitFor();
    await page.getByRole('button', { name: /Đăng nhập bằng \W?GitHub/i }).waitFor();
    // Ours, and the one the UI adds itself.
    expect(await page.locator('meta[name="robots"]').first().getAttribute('content')).toBe('noindex, nofollow');
    expect(foreign).toEqual([]);
    await context.close();
  });
});
