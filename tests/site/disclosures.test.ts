/**
 * Public disclosures as residents and re-users get them: pages, attachments with their checksums, budgets as
 * numbers, names of people gone after their posting period, Atom feeds, open data with JSON Schemas, the
 * sitemap, and search filters.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readCollectionFiles } from '../../src/lib/content/read.ts';
import { disclosureKinds } from '../../src/schemas/disclosures.ts';
import type { CollectionData } from '../../src/collections.ts';
import { allFiles, builtOn, distDir, loadPage, readPage, searchFragmentsText, visibleText } from '../support/dist.ts';
import { search } from '../support/pagefind.ts';

/** The fields the tests below read, as the schemas of the kinds that have them type them. */
type DisclosureFields = Partial<CollectionData['budgets'] & CollectionData['povertyReviews']>;
const kinds = Object.values(disclosureKinds);
const records = kinds.flatMap((k) =>
  readCollectionFiles('content', { dir: k.folder, format: 'md' }).map((r) => ({
    kind: k,
    id: r.id,
    // The raw record is untyped; typescript-eslint cannot see that the property needs the assertion to be read below.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    data: r.data as DisclosureFields,
  })),
);
const today = builtOn();

describe('the disclosures', () => {
  it('has at least 40 sample items across every kind and at least 5 areas', () => {
    expect(records.length).toBeGreaterThanOrEqual(40);
    for (const k of kinds) expect(records.filter((r) => r.kind === k).length, k.label).toBeGreaterThanOrEqual(3);
    expect(new Set(records.map((r) => r.data['area']).filter(Boolean)).size).toBeGreaterThanOrEqual(5);
    expect(records.every((r) => r.data['sample'] === true)).toBe(true);
  });

  it('gives every item a page with its issuer, area, dates and kind', () => {
    for (const r of records) {
      const text = visibleText(loadPage(`/cong-khai/${r.kind.path}/${r.id}/`), 'main');
      expect(text, r.id).toContain('Ngày ban hành');
      expect(text, r.id).toContain('Cơ quan ban hành');
      expect(text, r.id).toContain('Dữ liệu mẫu');
    }
  });

  it('lists every kind, complete without JavaScript', () => {
    for (const k of kinds) {
      const count = records.filter((r) => r.kind === k).length;
      expect(loadPage(`/cong-khai/${k.path}/`)('[data-filter-item]').length, k.label).toBe(Math.min(count, 20));
    }
  });

  it('serves every attachment with its format, size and SHA-256 shown', () => {
    const withFiles = records.filter(
      (r) =>
        (r.data['attachments'] ?? []).length > 0 &&
        !(r.data['containsPersonalData'] && r.data['postingPeriod'] !== undefined && r.data['postingPeriod'].to < today),
    );
    expect(withFiles.length).toBeGreaterThan(10);
    for (const r of withFiles) {
      const $ = loadPage(`/cong-khai/${r.kind.path}/${r.id}/`);
      for (const a of r.data['attachments'] as { file: string }[]) {
        const served = readFileSync(path.join(distDir, 'tep', a.file));
        const link = $(`a[href="/tep/${a.file}"]`).parent();
        expect(link.text(), a.file).toContain(`SHA-256: ${createHash('sha256').update(served).digest('hex')}`);
        expect(link.text()).toMatch(/\((PDF|DOCX|XLSX|CSV|JPG|PNG), [\d,.]+ (KB|MB|byte)\)/);
      }
    }
  });
});

describe('budgets as numbers', () => {
  const budgets = records.filter((r) => r.kind.path === 'ngan-sach');

  it('shows each part as a table whose total matches the data, with a chart drawn at build', () => {
    for (const b of budgets) {
      const $ = loadPage(`/cong-khai/ngan-sach/${b.id}/`);
      const sections = b.data['sections'] as { total: { amount: number } }[];
      expect($('main table tfoot').length).toBe(sections.length);
      expect($('main figure svg[role="img"]').length).toBe(sections.length);
      sections.forEach((s, i) => {
        const totalCell = $('main table tfoot')
          .eq(i)
          .find('td')
          .filter((_, td) => $(td).text() === new Intl.NumberFormat('vi-VN').format(s.total.amount));
        expect(totalCell.length, `${b.id} part ${i}`).toBeGreaterThan(0);
      });
    }
  });

  it('offers each budget as CSV (UTF-8 with BOM) and JSON', () => {
    for (const b of budgets) {
      const csv = readFileSync(path.join(distDir, 'cong-khai', 'ngan-sach', `${b.id}.csv`), 'utf8');
      expect(csv.startsWith('\uFEFFPhần,Cấp dòng,Mã,Nội dung,Dự toán,Số tiền,Đơn vị tính\r\n')).toBe(true);
      const json = JSON.parse(readFileSync(path.join(distDir, 'cong-khai', 'ngan-sach', `${b.id}.json`), 'utf8'));
      expect(json.items[0].data.sections).toEqual((b.data['sections'] ?? []).map((s) => expect.objectContaining({ title: s.title })));
    }
  });
});

describe('personal data', () => {
  const personal = records.filter((r) => r.data['containsPersonalData'] === true);
  const expired = personal.filter((r) => r.data['postingPeriod']!.to < today);
  const textFiles = allFiles().filter((f) => /\.(html|xml|json|csv|txt)$/.test(f));

  it('has sample lists that name people, at least one past its posting period', () => {
    expect(personal.length).toBeGreaterThanOrEqual(1);
    expect(expired.length).toBeGreaterThanOrEqual(1);
  });

  it('drops every name of an expired list from every built file and from the search index', () => {
    const names = expired.flatMap((r) => (r.data['households'] as { name: string }[]).map((h) => h.name));
    expect(names.length).toBeGreaterThan(3);
    const fragments = searchFragmentsText();
    for (const file of textFiles) {
      const text = readFileSync(file, 'utf8');
      for (const name of names) expect(text.includes(name), `${name} in ${path.relative(distDir, file)}`).toBe(false);
    }
    for (const name of names) expect(fragments.includes(name), `${name} in search index`).toBe(false);
  });

  it('keeps the figures and the decision, says the names were removed, and stops serving the posted files', () => {
    for (const r of expired) {
      const $ = loadPage(`/cong-khai/ho-ngheo/${r.id}/`);
      const text = visibleText($, 'main');
      expect(text).toContain('đã được gỡ khỏi cổng');
      expect(text).toContain('Số hộ nghèo');
      expect($('tr[data-ho-gia-dinh]')).toHaveLength(0);
      for (const a of r.data['attachments'] ?? []) expect(() => statSync(path.join(distDir, 'tep', a.file))).toThrow();
    }
  });
});

describe('feeds, open data and sitemap', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it('publishes Atom feeds that parse, for all items and for each kind', () => {
    for (const feedPath of ['cong-khai/feed.xml', ...kinds.map((k) => `cong-khai/${k.path}/feed.xml`)]) {
      const xml = parser.parse(readFileSync(path.join(distDir, feedPath), 'utf8'));
      const feed = xml.feed;
      expect(feed['@_xmlns'], feedPath).toBe('http://www.w3.org/2005/Atom');
      expect(feed.id).toMatch(/^https:\/\//);
      expect(feed.title).toBeTruthy();
      expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(feed.author.name).toBeTruthy();
      const entries = [feed.entry].flat().filter(Boolean);
      expect(entries.length, feedPath).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e.id).toMatch(/^https:\/\//);
        expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(e.link['@_href']).toBe(e.id);
      }
    }
  });

  it('exports every dataset as JSON that validates against its JSON Schema, and as CSV with a BOM', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const page = loadPage('/du-lieu-mo/');
    const slugs = page('a[href$=".schema.json"]')
      .toArray()
      .map((a) => page(a).attr('href')!.replace('/du-lieu-mo/', '').replace('.schema.json', ''));
    expect(slugs.length).toBeGreaterThanOrEqual(kinds.length + 3);
    for (const slug of slugs) {
      const schema = JSON.parse(readFileSync(path.join(distDir, 'du-lieu-mo', `${slug}.schema.json`), 'utf8'));
      const data = JSON.parse(readFileSync(path.join(distDir, 'du-lieu-mo', `${slug}.json`), 'utf8'));
      const valid = ajv.validate(schema, data);
      expect(ajv.errors ?? [], slug).toEqual([]);
      expect(valid).toBe(true);
      const csv = readFileSync(path.join(distDir, 'du-lieu-mo', `${slug}.csv`), 'utf8');
      expect(csv.charCodeAt(0), slug).toBe(0xfeff);
      expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFMã,/);
    }
  });

  it('lists disclosure pages in the sitemap, and not the 404 page', () => {
    const sitemaps = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const urls = sitemaps.flatMap((f) =>
      [...readFileSync(path.join(distDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
    );
    expect(urls).toContain(`/cong-khai/ngan-sach/${records.find((r) => r.kind.path === 'ngan-sach')!.id}/`);
    expect(urls.some((u) => u.includes('404'))).toBe(false);
    expect(readPage('/cong-khai/')).toContain('rel="alternate" type="application/atom+xml"');
  });
});

describe('searching disclosures', () => {
  it('filters by type, area and year', async () => {
    const byType = await search('ngân sách', { filters: { loai: 'Ngân sách' } }, 50);
    expect(byType.length).toBeGreaterThan(3);
    expect(byType.every((h) => h.url.startsWith('/cong-khai/ngan-sach/'))).toBe(true);
    const byYear = await search(null, { filters: { nam: '2023' } }, 200);
    expect(byYear.length).toBeGreaterThan(5);
    expect(byYear.every((h) => h.filters['nam']?.includes('2023'))).toBe(true);
    const area = records.find((r) => r.data['area'])!;
    const areaLabel = visibleText(
      loadPage(`/cong-khai/${area.kind.path}/${area.id}/`),
      'main dl .summary-list dd a[href^="/cong-khai/dia-ban/"], main dl dd a[href^="/cong-khai/dia-ban/"]',
    );
    const byArea = await search(null, { filters: { 'dia-ban': areaLabel } }, 200);
    expect(byArea.map((h) => h.url)).toContain(`/cong-khai/${area.kind.path}/${area.id}/`);
  });
});
