/**
 * `npm run new -- <loại>` for every kind editors create: each draft passes the full content check with
 * today's date and every required field, and a site with all of them builds, publishing none.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';

const today = '2026-11-29';
const work = mkdtempSync(path.join(tmpdir(), 'portal-new-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
cpSync('content', content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = {
  ...process.env,
  PORTAL_CONTENT_DIR: content,
  PORTAL_DIST_DIR: dist,
  PORTAL_BUILD_DATE: today,
  CI: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
};
const newRecord = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new.ts', ...args], { env, encoding: 'utf8', timeout: 60_000 });

const kinds = [
  'thong-bao',
  'van-ban',
  'ngan-sach',
  'ho-ngheo',
  'dat-dai',
  'thanh-tra',
  'tuyen-dung',
  'phong-chong-tham-nhung',
  'thu-tuc',
  'bieu-mau',
  'lich-tiep',
  'hoi-dap',
  'trang',
  'danh-ba',
  'nghia-vu',
  'don-vi',
  'dia-ban',
  'ngay-nghi',
  'diem-papi',
  'tien-do',
];
const created = kinds.map((kind) => ({ kind, result: newRecord(kind) }));
const files = created
  .map(({ result }) => /Đã tạo (\S+)/.exec(result.stdout)?.[1])
  .filter((f): f is string => Boolean(f))
  .map((f) => path.resolve(f));

describe('npm run new', () => {
  it.each(created)('creates a draft $kind', ({ result }) => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Đã tạo .*bản nháp/);
  });

  it("writes today's date, placeholders to replace and draft: true", () => {
    const notice = readFileSync(files[0]!, 'utf8');
    expect(notice).toContain(`issuedOn: ${today}`);
    expect(notice).toContain('title: "[Tiêu đề]"');
    expect(notice).toContain('draft: true');
    expect(path.basename(files[0]!)).toBe(`thong-bao-${today}.md`);
  });

  it('leaves content that passes the whole check', () => {
    expect(files).toHaveLength(kinds.length);
    expect(checkContent(content, today).problems).toEqual([]);
  });

  it('refuses to publish a draft whose placeholders are still there', () => {
    const notice = readFileSync(files[0]!, 'utf8');
    writeFileSync(files[0]!, notice.replace('draft: true\n', ''));
    try {
      const messages = checkContent(content, today).problems.map((p) => `${p.field}: ${p.message}`);
      expect(messages).toContain(
        'Tiêu đề (title): còn chữ mẫu "[Tiêu đề]" chưa thay; điền nội dung thật, hoặc giữ "draft: true" nếu chưa muốn công bố',
      );
      expect(messages.some((m) => m.startsWith('nội dung: còn chữ mẫu "Viết nội dung ở đây."'))).toBe(true);
    } finally {
      writeFileSync(files[0]!, notice);
    }
  });

  it('gives a second draft of the same kind a file of its own', () => {
    const again = newRecord('thong-bao');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`thong-bao-${today}-2.md`);
  });

  it('names the kinds it knows when given one it does not', () => {
    const wrong = newRecord('khong-co');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Không có loại nội dung "khong-co"');
    expect(wrong.stderr).toContain('thong-bao');
  });

  it('builds a site with every draft in it, and publishes none of them', () => {
    const build = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8', timeout: 240_000 });
    expect(build.status, build.stderr).toBe(0);
    const pages = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(300);
    const leaked = pages.filter((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8').includes('[Tiêu đề]'));
    expect(leaked.map((e) => e.name)).toEqual([]);
    expect(existsSync(path.join(dist, 'cong-khai/thong-bao', `thong-bao-${today}`))).toBe(false);
  });
});
