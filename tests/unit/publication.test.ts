import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPublished, publishedOnly } from '../../src/lib/publication.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { complianceReport, type ContentLike } from '../../src/lib/compliance-report.ts';

describe('publication', () => {
  it('hides drafts, and records until their publishAt day', () => {
    expect(isPublished({}, '2026-11-29')).toBe(true);
    expect(isPublished({ draft: true }, '2026-11-29')).toBe(false);
    expect(isPublished({ publishAt: '2026-11-30' }, '2026-11-29')).toBe(false);
    expect(isPublished({ publishAt: '2026-11-29' }, '2026-11-29')).toBe(true);
    expect(isPublished({ draft: true, publishAt: '2026-01-01' }, '2026-11-29')).toBe(false);
  });

  it('filters every collection', () => {
    const content = { notices: [{ data: { draft: true } }, { data: {} }], units: [{ data: {} }] };
    expect(publishedOnly(content, '2026-11-29')).toEqual({ notices: [{ data: {} }], units: [{ data: {} }] });
  });

  it('lets no draft fulfil an obligation to publish', () => {
    // Only the fields the report reads, not every field the schemas output.
    const content = (draft: boolean) =>
      ({
        obligations: [
          { id: 'thong-bao', data: { fulfilledBy: { collection: 'notices' }, cadence: 'on-change', dueDates: [], scope: 'locality' } },
        ],
        notices: [{ id: 'tb', data: { title: 'Thông báo', publishedOn: '2026-11-01', draft, obligations: [] } }],
        areas: [],
      }) as object as ContentLike;
    expect(complianceReport(content(true), '2026-11-29')[0]!.rows[0]!.status).toBe('missing');
    expect(complianceReport(content(false), '2026-11-29')[0]!.rows[0]!.status).toBe('published');
  });
});

describe('content check and drafts', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-draft-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('content', dir, { recursive: true });
  const form = path.join(dir, 'forms', 'to-khai-dang-ky-khai-sinh.yaml');
  writeFileSync(form, readFileSync(form, 'utf8') + 'draft: true\n');

  it('accepts the drafts fixture as valid content', () => {
    expect(checkContent('tests/fixtures/drafts', '2026-11-29').problems).toEqual([]);
  });

  it('stops a published procedure from pointing at a form that is still a draft', () => {
    const problems = checkContent(dir, '2026-11-29').problems.map((p) => `${p.file} ${p.field}: ${p.message}`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.includes('"to-khai-dang-ky-khai-sinh" là bản nháp hoặc chưa đến ngày công bố'))).toBe(true);
    expect(problems.some((p) => p.includes('procedures'))).toBe(true);
  });
});
