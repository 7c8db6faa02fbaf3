/**
 * The production check (lib/content/production.ts): what a build for the public refuses. Sample records and
 * facts with `verified: false` are found at any depth of a published record, on small records in memory;
 * drafts and records not yet due are left alone; the content check's placeholders are refused too.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionDefs, type CollectionName } from '../../src/collections.ts';
import { formatProblem, type CheckContext, type CheckedContent } from '../../src/lib/content/check.ts';
import type { RawEntry } from '../../src/lib/content/read.ts';
import { checkForProduction, formatProductionReport, notRealIn, productionProblems } from '../../src/lib/content/production.ts';

const today = '2026-12-05';

describe('notRealIn', () => {
  it('finds a sample record and an unverified record', () => {
    expect(notRealIn({ name: 'Xã Mẫu', sample: true })).toEqual([{ kind: 'sample', path: ['sample'], subject: '' }]);
    expect(notRealIn({ name: 'Xã Mẫu', verified: false })).toEqual([{ kind: 'unverified', path: ['verified'], subject: '' }]);
  });

  it('finds every unverified object in lists and keyed objects, named by its name or number', () => {
    const procedure = {
      name: 'Chứng thực bản sao',
      verified: true,
      fees: [
        { name: 'Phí chứng thực', amount: 2000, verified: true },
        { name: 'Phí từ trang thứ ba', amount: null, verified: false },
      ],
      legalBases: [{ number: '226/2016/TT-BTC', title: 'Thông tư', verified: false }],
      factChecks: { processingTime: { verified: false, note: 'ghi chú' }, fees: { verified: true, note: 'ghi chú' } },
    };
    expect(notRealIn(procedure)).toEqual([
      { kind: 'unverified', path: ['fees', 1, 'verified'], subject: 'Phí từ trang thứ ba' },
      { kind: 'unverified', path: ['legalBases', 0, 'verified'], subject: '226/2016/TT-BTC' },
      { kind: 'unverified', path: ['factChecks', 'processingTime', 'verified'], subject: '' },
    ]);
  });

  it('finds a sample object inside a record', () => {
    expect(notRealIn({ sessions: [{ date: '2026-12-01' }, { date: '2026-12-15', sample: true }] })).toEqual([
      { kind: 'sample', path: ['sessions', 1, 'sample'], subject: '' },
    ]);
  });

  it('passes real, verified records, and fields that are only similar', () => {
    expect(notRealIn({ sample: false, verified: true, fees: [{ verified: true }], note: 'verified: false', samples: true })).toEqual([]);
    expect(notRealIn(null)).toEqual([]);
  });
});

/** A context as the content check leaves it, with these valid entries and their files' line numbers. */
function contextWith(
  entries: Partial<Record<CollectionName, { file: string; data: object; lines?: Record<string, number> }[]>>,
): CheckContext {
  const names = Object.keys(collectionDefs) as CollectionName[];
  const raw = Object.fromEntries(
    names.map((n) => [
      n,
      (entries[n] ?? []).map((e): RawEntry => ({
        id: path.basename(e.file).replace(/\.\w+$/, ''),
        file: e.file,
        data: e.data as Record<string, unknown>,
        lineOf: (at) => e.lines?.[at.join('.')] ?? 1,
        syntaxErrors: [],
      })),
    ]),
  ) as Record<CollectionName, RawEntry[]>;
  // The production passes read records as data; these small ones stand for what the schemas output (which
  // gives `draft: false` to every record of a collection that has drafts).
  const content = Object.fromEntries(
    names.map((n) => [n, (entries[n] ?? []).map((e) => ({ id: path.basename(e.file), file: e.file, data: e.data }))]),
  ) as unknown as CheckedContent;
  return { root: 'content', today, raw, content };
}

describe('productionProblems', () => {
  const ctx = contextWith({
    locality: [{ file: 'content/locality.yaml', data: { name: 'Xã Mẫu', sample: true }, lines: { sample: 22 } }],
    procedures: [
      {
        file: 'content/procedures/chung-thuc.yaml',
        data: {
          name: 'Chứng thực',
          verified: true,
          fees: [
            { name: 'Phí', verified: true },
            { name: 'Phí trang thêm', verified: false },
          ],
        },
        lines: { 'fees.1.verified': 31 },
      },
      { file: 'content/procedures/nhap.yaml', data: { name: 'Bản nháp', verified: false, draft: true } },
      { file: 'content/procedures/hen-ngay.yaml', data: { name: 'Hẹn ngày', verified: false, publishAt: '2026-12-06' } },
      {
        file: 'content/procedures/den-ngay.yaml',
        data: { name: 'Đến ngày', verified: false, draft: false, publishAt: today },
        lines: { verified: 9 },
      },
    ],
    // An area whose `verified` was left out: false by default, reported at the line of the record.
    areas: [{ file: 'content/areas/xa-mau.yaml', data: { name: 'Mẫu', verified: false, draft: false } }],
  });
  const lines = productionProblems(ctx).map(formatProblem);

  it('lists each sample record and unverified fact of a published record by file, line and field', () => {
    expect(lines).toEqual([
      'content/areas/xa-mau.yaml:1 Đã đối chiếu văn bản (verified): chưa được đối chiếu với văn bản nguồn: đối chiếu rồi ghi "verified: true", hoặc đặt "draft: true" để chưa công bố',
      'content/locality.yaml:22 Dữ liệu mẫu (sample): là dữ liệu mẫu: thay bằng dữ liệu thật rồi xóa "sample: true"',
      'content/procedures/chung-thuc.yaml:31 Phí, lệ phí › Đã đối chiếu (fees.1.verified): mục "Phí trang thêm" chưa được đối chiếu với văn bản nguồn: đối chiếu rồi ghi "verified: true", hoặc bỏ mục này',
      'content/procedures/den-ngay.yaml:9 Đã đối chiếu (verified): chưa được đối chiếu với văn bản nguồn: đối chiếu rồi ghi "verified: true", hoặc đặt "draft: true" để chưa công bố',
    ]);
  });

  it('leaves drafts and records not yet due alone', () => {
    expect(lines.join('\n')).not.toMatch(/nhap\.yaml|hen-ngay\.yaml/);
  });

  it('finds nothing in real, verified content', () => {
    expect(productionProblems(contextWith({ areas: [{ file: 'content/areas/a.yaml', data: { name: 'A', verified: true } }] }))).toEqual([]);
  });
});

describe('checkForProduction on a content folder', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'portal-production-check-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('passes the real-only fixture, whose draft holds sample data', () => {
    const problems = checkForProduction(path.resolve('tests/fixtures/production-content'), today);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(formatProductionReport(problems)).toMatch(/^Nội dung sẵn sàng cho bản chính thức/);
  });

  it("refuses a published record's placeholder, as the content check does", () => {
    const root = path.join(work, 'placeholder');
    cpSync('tests/fixtures/production-content', root, { recursive: true });
    writeFileSync(
      path.join(root, 'pages/trang-mau.md'),
      [
        '---',
        'title: "[Tiêu đề]"',
        'description: Trang thử.',
        'path: trang-mau',
        'issuingAuthority: ubnd-xa-thu-nghiem',
        'updated: 2026-01-15',
        '---',
        '',
        'Nội dung.',
        '',
      ].join('\n'),
    );
    const report = formatProductionReport(checkForProduction(root, today));
    expect(report).toMatch(/^Chưa thể dựng bản chính thức: có 1 điểm trong 1 tệp/);
    expect(report).toContain('pages/trang-mau.md:2 Tiêu đề (title): còn chữ mẫu "[Tiêu đề]" chưa thay');
  });
});
