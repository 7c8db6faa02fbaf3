/**
 * A bad content file stops the build before anything is published, naming the file and the field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(path.join(tmpdir(), 'portal-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(contentDir: string, distDir: string) {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, PORTAL_CONTENT_DIR: contentDir, PORTAL_DIST_DIR: distDir, CI: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('building from broken content', () => {
  const content = path.join(work, 'content');
  cpSync('content', content, { recursive: true });
  // A unit without its kind, and a page dated 30 February.
  writeFileSync(path.join(content, 'units', 'phong-moi.yaml'), 'name: Phòng Mới\nlevel: xa\nparent: ubnd-phuong-pho-hien\n');
  writeFileSync(
    path.join(content, 'pages', 'thong-bao.md'),
    '---\ntitle: Thông báo\ndescription: Thử\npath: thong-bao\nissuingAuthority: ubnd-phuong-pho-hien\nupdated: 2026-02-30\n---\n\nNội dung.\n',
  );

  // A notice whose attachment was never uploaded.
  writeFileSync(
    path.join(content, 'notices', 'thong-bao-thieu-tep.md'),
    '---\ntitle: Thông báo\nsummary: Thử\nissuingAuthority: ubnd-phuong-pho-hien\nissuedOn: 2026-01-05\npublishedOn: 2026-01-05\nattachments:\n  - file: notices/chua-tai-len.pdf\n    title: Tệp chưa tải lên\n---\n',
  );

  // Attachments that would publish a file from outside content/files/: a symlink, and a path through "..".
  symlinkSync('/etc/hostname', path.join(content, 'files', 'notices', 'lien-ket.pdf'));
  writeFileSync(
    path.join(content, 'notices', 'thong-bao-tep-ngoai.md'),
    '---\ntitle: Thông báo\nsummary: Thử\nissuingAuthority: ubnd-phuong-pho-hien\nissuedOn: 2026-01-05\npublishedOn: 2026-01-05\nattachments:\n  - file: notices/lien-ket.pdf\n    title: Lối tắt\n  - file: notices/../budgets/du-toan-2023-thanh-pho.pdf\n    title: Đường dẫn vòng\n---\n',
  );

  const dist = path.join(work, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'trang-cu.html'), 'bản đang chạy');
  const { status, output } = buildWith(content, dist);

  it('fails', () => {
    expect(status).not.toBe(0);
  });

  it('names each file, line and field, in Vietnamese', () => {
    expect(output).toContain('Nội dung không hợp lệ, trang web không được tạo.');
    expect(output).toMatch(/content\/units\/phong-moi\.yaml:1 Loại đơn vị \(kind\): bắt buộc nhưng chưa có/);
    expect(output).toMatch(/content\/pages\/thong-bao\.md:6 Ngày cập nhật \(updated\): phải là ngày có thật/);
    expect(output).toMatch(
      /content\/notices\/thong-bao-thieu-tep\.md:8 Tệp đính kèm › Tệp \(attachments\.0\.file\): không có tệp .*content\/files\/notices\/chua-tai-len\.pdf/,
    );
    expect(output).toMatch(
      /content\/notices\/thong-bao-tep-ngoai\.md:8 Tệp đính kèm › Tệp \(attachments\.0\.file\): .*content\/files\/notices\/lien-ket\.pdf là lối tắt \(symlink\)/,
    );
    expect(output).toMatch(
      /content\/notices\/thong-bao-tep-ngoai\.md:10 Tệp đính kèm › Tệp \(attachments\.1\.file\): đường dẫn "notices\/\.\.\/budgets\/du-toan-2023-thanh-pho\.pdf" có đoạn "\.\."/,
    );
  });

  it('leaves the published site as it was and no half-built copy', () => {
    expect(readdirSync(dist)).toEqual(['trang-cu.html']);
    const leftovers = existsSync('.staging') ? readdirSync('.staging').filter((d) => d.startsWith('dist-')) : [];
    expect(leftovers).toEqual([]);
  });
});
