/**
 * The shell every page shares: language, NFC text, skip link, navigation, breadcrumbs, footer,
 * "last updated" on content pages, and no JavaScript where nothing is interactive.
 */
import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage, readPage, templateOf, visibleText } from '../support/dist.ts';
import { ROUTES_WITH_ISLANDS } from '../support/islands.ts';

const pages = htmlPages();

/** Templates whose pages show a record with a date of last update. */
const CONTENT_PAGES = ['/gioi-thieu/', '/tiep-can/', '/en/'];

describe('the page shell', () => {
  it.each(pages)('%s has the shell', (page) => {
    const html = readPage(page);
    const $ = loadPage(page);
    const lang = $('html').attr('lang');
    expect(lang === 'vi' || (lang === 'en' && page.startsWith('/en/'))).toBe(true);
    expect(html, 'text must be NFC').toBe(html.normalize('NFC'));
    expect($('h1')).toHaveLength(1);
    const skip = $('body a').first();
    expect(skip.attr('href')).toBe('#noi-dung');
    expect($('main#noi-dung')).toHaveLength(1);
    expect($('header').first().text()).toContain('Hưng Yên');
    expect($('#dieu-huong-chinh a[href="/ke-hoach/"]')).toHaveLength(1);
    expect($('#dieu-huong-chinh a[href="/tim-kiem/"]')).toHaveLength(1);
    const footer = visibleText($, 'footer');
    for (const label of lang === 'en' ? ['Address', 'Hotline', 'Email'] : ['Địa chỉ', 'Đường dây nóng', 'Thư điện tử']) {
      expect(footer).toContain(label);
    }
    expect($('footer a[href="/tiep-can/"]')).toHaveLength(1);
  });

  it('writes navigation labels in Vietnamese, as words (no glued inline elements)', () => {
    const nav = visibleText(loadPage('/'), '#dieu-huong-chinh');
    expect(nav).toBe('Kế hoạch Công khai Lịch tiếp công dân Thủ tục hành chính Biểu mẫu Tìm kiếm');
  });

  it('marks the current section in the navigation', () => {
    const $ = loadPage('/thu-tuc-hanh-chinh/');
    expect($('#dieu-huong-chinh a[aria-current="page"]').attr('href')).toBe('/thu-tuc-hanh-chinh/');
  });

  it('shows breadcrumbs below the home page', () => {
    const $ = loadPage('/tiep-can/');
    const crumbs = visibleText($, 'nav[aria-label="Đường dẫn"]');
    expect(crumbs).toBe('Trang chủ › Tuyên bố về khả năng tiếp cận');
  });

  it.each(CONTENT_PAGES)('%s shows when it was last updated, as dd/mm/yyyy', (page) => {
    const $ = loadPage(page);
    const label = page.startsWith('/en/') ? 'Last updated' : 'Cập nhật lần cuối';
    expect(visibleText($, 'main')).toMatch(new RegExp(`${label}: \\d{2}/\\d{2}/\\d{4}`));
    expect($('main time[datetime]').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('ships JavaScript only on pages with an island', () => {
    // JSON-LD is data, not script.
    const withScripts = pages.filter((p) => loadPage(p)('script:not([type="application/ld+json"])').length > 0);
    const outside = withScripts.filter((p) => !(templateOf(p) in ROUTES_WITH_ISLANDS));
    expect(outside).toEqual([]);
    // And the islands are really there: each route listed has at least one page with its script.
    const routes = new Set(withScripts.map(templateOf));
    expect([...routes].sort()).toEqual(Object.keys(ROUTES_WITH_ISLANDS).sort());
  });

  it('has a 404 page that offers a way on', () => {
    const $ = loadPage('/404.html');
    expect($('h1').text()).toBe('Không tìm thấy trang');
    expect($('main a[href="/"]')).toHaveLength(1);
    expect($('main form[action="/tim-kiem/"]')).toHaveLength(1);
  });

  it('has an English section with about, organisation and contacts', () => {
    for (const page of ['/en/', '/en/organisation/', '/en/contact/']) {
      expect(loadPage(page)('html').attr('lang')).toBe('en');
    }
    expect(visibleText(loadPage('/en/organisation/'), 'main')).toContain("Hưng Yên City People's Committee");
  });
});
