/**
 * Reading the built site (dist/) in tests.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { gunzipSync } from 'node:zlib';

export const distDir = path.resolve(process.env['PORTAL_DIST_DIR'] ?? 'dist');

export function assertBuilt(): void {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`Chưa có bản dựng trong ${distDir}. Chạy "npm run build" trước (npm test tự làm việc này).`);
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function allFiles(): string[] {
  assertBuilt();
  return walk(distDir);
}

/**
 * Every page of the site, as its URL path ("/", "/gioi-thieu/", "/404.html"). The editing UI under /admin/
 * is an application for office staff, not a page of the site: tests/browser/admin.test.ts covers it.
 */
export const ADMIN_PREFIX = '/admin/';

export function htmlPages(): string[] {
  return allFiles()
    .filter((f) => f.endsWith('.html') && !('/' + path.relative(distDir, f).split(path.sep).join('/')).startsWith(ADMIN_PREFIX))
    .map((f) => {
      const rel = '/' + path.relative(distDir, f).split(path.sep).join('/');
      return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    })
    .sort();
}

/** The file a URL path is served from, or undefined. Mirrors a static server with directory indexes. */
export function fileForUrlPath(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/')
    ? [path.join(distDir, clean, 'index.html')]
    : [path.join(distDir, clean), path.join(distDir, clean, 'index.html')];
  return candidates.find((c) => c.startsWith(distDir) && existsSync(c) && statSync(c).isFile());
}

export function readPage(urlPath: string): string {
  const file = fileForUrlPath(urlPath);
  if (!file) throw new Error(`Không có trang ${urlPath} trong ${distDir}`);
  return readFileSync(file, 'utf8');
}

export function loadPage(urlPath: string): cheerio.CheerioAPI {
  return cheerio.load(readPage(urlPath));
}

const BLOCKS =
  'address, article, aside, blockquote, caption, dd, div, dl, dt, figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, li, main, nav, ol, p, section, table, tbody, td, tfoot, th, thead, tr, ul';

/**
 * The text a reader sees in an element, whitespace collapsed: block elements and <br> separate words,
 * inline elements do not (so "xây</span><span>dựng" stays glued, as a browser would show it).
 */
export function visibleText($: cheerio.CheerioAPI, selector: string): string {
  const clone = $(selector).clone();
  clone.find('script, style, [hidden], template').remove();
  clone.find('br').replaceWith(' ');
  clone.find(BLOCKS).each((_, el) => {
    $(el).prepend(' ').append(' ');
  });
  return clone.text().replace(/\s+/g, ' ').trim();
}

/** The route (template) that built a page, as the layout records it on <body data-route>. */
export function templateOf(page: string): string {
  return loadPage(page)('body').attr('data-route') ?? page;
}

/**
 * Pages grouped by the template that built them, up to `perTemplate` each, for checks too slow to run on
 * every page. Every template is represented.
 */
export function pagesPerTemplate(perTemplate = 2): string[] {
  const groups = new Map<string, string[]>();
  for (const page of htmlPages()) {
    const key = templateOf(page);
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  // The first and the last of each template: different lengths and edge cases, not two neighbours.
  return [...groups.values()].flatMap((pages) =>
    pages.length <= perTemplate ? pages : [...pages.slice(0, perTemplate - 1), pages[pages.length - 1]!],
  );
}

/** The day the site in dist/ was built "as of" (see src/pages/build.json.ts). */
export function builtOn(): string {
  return (JSON.parse(readFileSync(path.join(distDir, 'build.json'), 'utf8')) as { builtOn: string }).builtOn;
}

/** The text of the search index's page fragments (Pagefind stores them gzipped, behind a short header). */
export function searchFragmentsText(dir = distDir): string {
  const fragments = path.join(dir, 'pagefind', 'fragment');
  return readdirSync(fragments)
    .map((f) =>
      gunzipSync(readFileSync(path.join(fragments, f)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    )
    .join('\n');
}
