/**
 * The shipped nginx rules (docs/deployment/nginx/) on a real nginx serving dist/: security headers on
 * every response, caching by kind of file, gzip, content types, the 404 page, security.txt — and a
 * search in Chromium under the full policy with no CSP violation.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, trackCspViolations, trackForeignRequests } from '../support/browser.ts';
import { distDir } from '../support/dist.ts';
import { snippetsDir, startNginx, type Nginx } from '../support/nginx.ts';

let nginx: Nginx;
let browser: Browser;
beforeAll(async () => {
  nginx = await startNginx();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

const get = (urlPath: string) => fetch(nginx.origin + urlPath, { headers: { 'accept-encoding': 'gzip' } });
const firstFile = (dir: string, pattern: RegExp) => {
  const name = readdirSync(path.join(distDir, dir)).find((n) => pattern.test(n));
  if (!name) throw new Error(`Không có tệp ${pattern} trong dist/${dir}`);
  return `/${dir}/${name}`;
};

const SECURITY_HEADERS: Record<string, RegExp> = {
  'strict-transport-security': /^max-age=\d{8,}; includeSubDomains$/,
  'content-security-policy': /frame-ancestors 'none'/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\)/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-embedder-policy': /^require-corp$/,
  'cross-origin-resource-policy': /^same-origin$/,
};

function expectSecurityHeaders(res: Response, what: string) {
  for (const [name, pattern] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), `${name} on ${what}`).toMatch(pattern);
}

describe('nginx serving dist/ with the shipped rules', () => {
  it('sends every security header on pages, assets, index files and errors alike', async () => {
    for (const urlPath of [
      '/',
      firstFile('_astro', /\.css$/),
      firstFile('pagefind/fragment', /./),
      '/pagefind/pagefind-entry.json',
      '/khong-co-trang-nay/',
    ]) {
      expectSecurityHeaders(await get(urlPath), urlPath);
    }
  });

  it('caches hashed files for a year and HTML and the Pagefind entry briefly', async () => {
    const immutable = /max-age=31536000, immutable/;
    expect((await get(firstFile('_astro', /\.js$/))).headers.get('cache-control')).toMatch(immutable);
    expect((await get(firstFile('_astro', /\.woff2$/))).headers.get('cache-control')).toMatch(immutable);
    expect((await get(firstFile('pagefind/index', /\.pf_index$/))).headers.get('cache-control')).toMatch(immutable);
    expect((await get(firstFile('pagefind', /\.pf_meta$/))).headers.get('cache-control')).toMatch(immutable);
    for (const urlPath of ['/', '/thu-tuc-hanh-chinh/', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.js']) {
      expect((await get(urlPath)).headers.get('cache-control'), urlPath).toBe('public, max-age=300, must-revalidate');
    }
  });

  it('compresses text with gzip', async () => {
    for (const urlPath of [
      '/',
      firstFile('_astro', /\.css$/),
      '/pagefind/pagefind.js',
      '/lich-tiep-cong-dan/lich.ics',
      '/du-lieu-mo/ngan-sach.csv',
    ]) {
      const res = await get(urlPath);
      expect(res.headers.get('content-encoding'), urlPath).toBe('gzip');
      expect(res.headers.get('vary'), urlPath).toMatch(/Accept-Encoding/i);
    }
  });

  it('serves each kind of file with its type', async () => {
    const types: [string, string][] = [
      ['/', 'text/html; charset=utf-8'],
      ['/lich-tiep-cong-dan/lich.ics', 'text/calendar; charset=utf-8'],
      ['/du-lieu-mo/ngan-sach.csv', 'text/csv; charset=utf-8'],
      ['/du-lieu-mo/ngan-sach.json', 'application/json; charset=utf-8'],
      [firstFile('bieu-mau', /\.docx$/), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [firstFile('bieu-mau', /\.pdf$/), 'application/pdf'],
      [firstFile('_astro', /\.woff2$/), 'font/woff2'],
      ['/cong-khai/feed.xml', 'application/xml; charset=utf-8'],
      ['/.well-known/security.txt', 'text/plain; charset=utf-8'],
    ];
    for (const [urlPath, type] of types) expect((await get(urlPath)).headers.get('content-type'), urlPath).toBe(type);
    // dist/ holds no bare .wasm today (Pagefind names its module *.pagefind); the rule is there for when it does.
    expect(readFileSync(path.join(snippetsDir, 'portal.conf'), 'utf8')).toMatch(/application\/wasm\s+wasm;/);
  });

  it("runs only the site's own scripts in the editing UI, by header as well as by its pages' <meta>", async () => {
    for (const urlPath of ['/admin/', '/admin/tap-dung/', '/admin/sveltia-cms.js']) {
      const policy = (await get(urlPath)).headers.get('content-security-policy') ?? '';
      expect(policy, urlPath).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    }
    // The public pages keep theirs in the <meta> alone, where Astro hashes their inline scripts.
    expect((await get('/')).headers.get('content-security-policy')).not.toMatch(/script-src/);
  });

  it('lets the editing UI open its sign-in window and keeps it out of search engines', async () => {
    const admin = await get('/admin/');
    expect(admin.status).toBe(200);
    expect(admin.headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
    expect(admin.headers.get('cross-origin-embedder-policy')).toBe('unsafe-none');
    expect(admin.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(admin.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect((await get('/admin/config.yml')).headers.get('content-type')).toBe('application/yaml');
    // The public site stays fully isolated.
    expect((await get('/')).headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it("answers an unknown address with 404 and the site's own 404 page", async () => {
    const res = await get('/khong-co-trang-nay/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(readFileSync(path.join(distDir, '404.html'), 'utf8').match(/<title>([^<]+)<\/title>/)![1]);
  });

  it('publishes /.well-known/security.txt with a contact and a future expiry', async () => {
    const res = await get('/.well-known/security.txt');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^Contact: mailto:\S+@\S+$/m);
    const expires = Date.parse(text.match(/^Expires: (.+)$/m)![1]!);
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires - Date.now()).toBeLessThan(366 * 86_400_000);
  });

  it('runs a search in Chromium under the full policy, cross-origin isolated, with no CSP violation', async () => {
    const page = await browser.newPage();
    const violations = await trackCspViolations(page);
    const foreign = await trackForeignRequests(page, nginx.origin);
    await page.goto(`${nginx.origin}/tim-kiem/?q=dat+dai`);
    const first = page.locator('main ol > li a').first();
    await first.waitFor();
    expect(await page.locator('main ol > li').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
    expect(
      await page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')),
    ).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(await violations()).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('reports a violation when one happens (the check itself works)', async () => {
    const page = await browser.newPage();
    const violations = await trackCspViolations(page);
    await page.goto(`${nginx.origin}/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
    });
    expect((await violations()).join('\n')).toMatch(/script-src/);
    await page.close();
  });
});

describe('nginx with secrets copied into the web root by mistake', () => {
  // A copy of dist/ with what a careless deploy could leave there: git's folder, an environment file, an
  // Apache file and source maps, at the top and inside folders that have locations of their own.
  const planted = [
    '/.git/config',
    '/.git/HEAD',
    '/.env',
    '/.htaccess',
    '/x.js.map',
    '/_astro/x.js.map',
    '/admin/.env',
    '/admin/sveltia-cms.js.map',
    '/pagefind/fragment/.env',
  ];
  let root: string;
  let copy: Nginx;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'portal-dist-copy-'));
    cpSync(distDir, root, { recursive: true });
    for (const file of planted) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), 'SECRET=planted-by-the-test\n');
    }
    copy = await startNginx(root);
  });
  afterAll(async () => {
    await copy?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(planted)('does not serve %s', async (urlPath) => {
    const res = await fetch(copy.origin + urlPath);
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('planted-by-the-test');
  });

  it('still publishes /.well-known/security.txt', async () => {
    const res = await fetch(copy.origin + '/.well-known/security.txt');
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^Contact: /m);
  });
});
