/**
 * Drafts and scheduled publication: a draft, and a record whose publishAt is after the build date, reach
 * no output at all — pages, search index, sitemap, feeds, open data, attachments — and the scheduled one
 * appears once its day has come.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const fixture = 'tests/fixtures/drafts';
const work = mkdtempSync(path.join(tmpdir(), 'portal-drafts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(date: string) {
  const dist = path.join(work, date);
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: {
      ...process.env,
      PORTAL_CONTENT_DIR: fixture,
      PORTAL_DIST_DIR: dist,
      PORTAL_BUILD_DATE: date,
      CI: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { dist, result };
}

/** Every text a visitor or a machine can get from the site, the search index decompressed (not the editing UI's own files). */
function everything(dist: string): string {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && !path.relative(dist, e.parentPath).startsWith('admin'),
  );
  return files
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      if (/\.pf_(fragment|index|meta|filter)$/.test(file)) return gunzipSync(readFileSync(file)).toString('utf8');
      return /\.(html|xml|json|csv|ics|txt)$/.test(file) ? readFileSync(file, 'utf8') : '';
    })
    .join('\n');
}

const before = build('2026-11-29');
const after = build('2026-12-05');

describe('drafts and scheduled publication', () => {
  it('build', () => {
    expect(before.result.status, before.result.stderr).toBe(0);
    expect(after.result.status, after.result.stderr).toBe(0);
  });

  it('publish the ready notice everywhere', () => {
    const all = everything(before.dist);
    expect(all).toContain('Thông báo lịch thu gom rác thải đã đăng');
    expect(readFileSync(path.join(before.dist, 'sitemap-0.xml'), 'utf8')).toContain('/cong-khai/thong-bao/thong-bao-da-dang/');
    expect(existsSync(path.join(before.dist, 'tep/notices/da-dang.pdf'))).toBe(true);
  });

  it('keep a draft out of pages, search index, sitemap, feeds, open data and attachments', () => {
    const all = everything(before.dist);
    for (const text of [
      'Thông báo tuyển dụng bản nháp',
      'bí mật',
      'thong-bao-ban-nhap',
      'Trang giới thiệu mới đang soạn',
      'gioi-thieu-moi',
    ])
      expect(all, text).not.toContain(text);
    expect(existsSync(path.join(before.dist, 'tep/notices/ban-nhap.pdf'))).toBe(false);
    expect(existsSync(path.join(before.dist, 'gioi-thieu-moi'))).toBe(false);
  });

  it('keep a scheduled notice out until its day, then publish it', () => {
    expect(everything(before.dist)).not.toContain('hẹn giờ');
    const later = everything(after.dist);
    expect(later).toContain('Thông báo nghỉ Tết hẹn giờ công bố');
    expect(readFileSync(path.join(after.dist, 'cong-khai/feed.xml'), 'utf8')).toContain('Thông báo nghỉ Tết hẹn giờ công bố');
    expect(later).not.toContain('bí mật');
  });
});
