/**
 * Every internal link, anchor, asset and attachment in the built site resolves; link text says where it
 * goes; nothing is loaded from another origin.
 */
import { describe, expect, it } from 'vitest';
import { fileForUrlPath, htmlPages, loadPage } from '../support/dist.ts';

const pages = htmlPages();
const SITE = 'https://portal.invalid';

/** Link texts that say nothing about the destination (WCAG 2.4.4), in Vietnamese and English. */
const VAGUE = /^(tại đây|ở đây|xem thêm|xem tiếp|chi tiết|bấm vào đây|nhấn vào đây|nhấp vào đây|click here|here|more|read more|link|đây)$/i;

interface LinkUse {
  page: string;
  attr: string;
  url: URL;
}

function linksOf(page: string): { links: LinkUse[]; resources: LinkUse[]; anchorsText: { href: string; text: string }[] } {
  const $ = loadPage(page);
  const base = new URL(page, SITE);
  const links: LinkUse[] = [];
  const resources: LinkUse[] = [];
  $('a[href], area[href]').each((_, el) => {
    const href = $(el).attr('href')!;
    if (/^(mailto|tel):/.test(href)) return;
    links.push({ page, attr: href, url: new URL(href, base) });
  });
  $('link[href]').each((_, el) => {
    const rel = ($(el).attr('rel') ?? '').toLowerCase();
    const href = $(el).attr('href')!;
    // canonical and alternate name the public address; they are not loaded by the page.
    if (rel === 'canonical' || rel === 'alternate') return;
    resources.push({ page, attr: href, url: new URL(href, base) });
  });
  $('script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], object[data], form[action]').each((_, el) => {
    const value = $(el).attr('src') ?? $(el).attr('data') ?? $(el).attr('action')!;
    resources.push({ page, attr: value, url: new URL(value, base) });
  });
  $('img[srcset], source[srcset]').each((_, el) => {
    for (const part of $(el).attr('srcset')!.split(',')) {
      const u = part.trim().split(/\s+/)[0];
      if (u) resources.push({ page, attr: u, url: new URL(u, base) });
    }
  });
  const anchorsText = $('a[href]')
    .toArray()
    .map((el) => ({
      href: $(el).attr('href')!,
      text: ($(el).attr('aria-label') ?? $(el).text()).replace(/\s+/g, ' ').trim(),
    }));
  return { links, resources, anchorsText };
}

const all = pages.map(linksOf);
const internal = (u: LinkUse) => u.url.origin === SITE;

describe('links and assets in the built site', () => {
  it('finds links to check', () => {
    expect(all.flatMap((p) => p.links).filter(internal).length).toBeGreaterThan(pages.length * 10);
  });

  it('has no broken internal link, asset or attachment', () => {
    const broken = all
      .flatMap((p) => [...p.links, ...p.resources])
      .filter(internal)
      .filter((u) => !fileForUrlPath(u.url.pathname))
      .map((u) => `${u.page} → ${u.attr}`);
    expect([...new Set(broken)]).toEqual([]);
  });

  it('has no anchor pointing at an id that does not exist', () => {
    const missing: string[] = [];
    for (const use of all.flatMap((p) => p.links).filter(internal)) {
      if (!use.url.hash) continue;
      const target = fileForUrlPath(use.url.pathname) ? use.url.pathname : undefined;
      if (!target) continue;
      const id = decodeURIComponent(use.url.hash.slice(1));
      const $ = loadPage(target);
      if ($(`[id="${id.replace(/"/g, '\\"')}"]`).length === 0 && $(`a[name="${id}"]`).length === 0)
        missing.push(`${use.page} → ${use.attr}`);
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    const foreign = all.flatMap((p) => p.resources).filter((u) => !internal(u) && u.url.protocol !== 'data:');
    expect(foreign.map((u) => `${u.page} → ${u.attr}`)).toEqual([]);
  });

  it('gives every link text that says where it goes', () => {
    const vague = all.flatMap((p, i) =>
      p.anchorsText.filter((a) => a.text === '' || VAGUE.test(a.text)).map((a) => `${pages[i]} → ${a.href} "${a.text}"`),
    );
    expect(vague).toEqual([]);
  });
});
