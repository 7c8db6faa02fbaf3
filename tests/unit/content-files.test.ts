/**
 * What the content check says about the files themselves, before any field is read: attachments that are
 * symlinks or climb out of content/files/, files not saved as UTF-8, and files or folders the site never
 * reads. Each case is built in a fresh copy of a small valid content folder.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/check.ts';
import { safeAttachmentPath } from '../../src/lib/content/files.ts';
import { readEntry } from '../../src/lib/content/read.ts';

const work = mkdtempSync(path.join(tmpdir(), 'portal-content-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let copies = 0;
/** A valid content folder (the other-locality fixture) with whatever the test adds. */
function contentWith(add: (root: string) => void): { root: string; lines: string[] } {
  const root = path.join(work, `content-${++copies}`);
  cpSync('tests/fixtures/other-locality', root, { recursive: true });
  add(root);
  const rel = path.relative(process.cwd(), root);
  return {
    root,
    lines: checkContent(root, '2026-12-01')
      .problems.map(formatProblem)
      .map((l) => l.replaceAll(rel, 'C')),
  };
}

function notice(attachment: string): string {
  return [
    '---',
    'title: Thông báo thử',
    'summary: Thông báo có tệp đính kèm.',
    'issuingAuthority: ubnd-xa-thu-nghiem',
    'issuedOn: 2026-11-20',
    'publishedOn: 2026-11-20',
    'attachments:',
    `  - file: ${attachment}`,
    '    title: Tệp đính kèm',
    '---',
    '',
    'Nội dung.',
    '',
  ].join('\n');
}

describe('attachments', () => {
  it('accept a plain file inside content/files/', () => {
    const { lines } = contentWith((root) => {
      mkdirSync(path.join(root, 'files', 'notices'), { recursive: true });
      writeFileSync(path.join(root, 'files', 'notices', 'that.pdf'), '%PDF-1.4\n');
      mkdirSync(path.join(root, 'notices'));
      writeFileSync(path.join(root, 'notices', 'thong-bao.md'), notice('notices/that.pdf'));
    });
    expect(lines).toEqual([]);
  });

  it('refuse a symlink pointing outside the project, naming the record, the field and the link', () => {
    const { lines } = contentWith((root) => {
      mkdirSync(path.join(root, 'files', 'notices'), { recursive: true });
      symlinkSync('/etc/hostname', path.join(root, 'files', 'notices', 'bi-mat.pdf'));
      mkdirSync(path.join(root, 'notices'));
      writeFileSync(path.join(root, 'notices', 'thong-bao.md'), notice('notices/bi-mat.pdf'));
    });
    expect(lines).toContain(
      'C/notices/thong-bao.md:8 Tệp đính kèm › Tệp (attachments.0.file): C/files/notices/bi-mat.pdf là lối tắt (symlink) chứ không phải tệp thật; hãy chép chính tệp vào content/files/',
    );
    expect(lines).toContain(
      'C/files/notices/bi-mat.pdf:1 là lối tắt (symlink) chứ không phải tệp thật; hãy chép chính tệp vào content/files/',
    );
  });

  it('refuse a symlinked folder on the way to the file', () => {
    const { lines } = contentWith((root) => {
      mkdirSync(path.join(root, 'files'));
      const outside = path.join(path.dirname(root), `outside-${copies}`);
      mkdirSync(outside);
      writeFileSync(path.join(outside, 'x.pdf'), '%PDF-1.4\n');
      symlinkSync(outside, path.join(root, 'files', 'notices'));
      mkdirSync(path.join(root, 'notices'));
      writeFileSync(path.join(root, 'notices', 'thong-bao.md'), notice('notices/x.pdf'));
    });
    expect(lines).toContain(
      'C/notices/thong-bao.md:8 Tệp đính kèm › Tệp (attachments.0.file): C/files/notices là lối tắt (symlink) chứ không phải tệp thật; hãy chép chính tệp vào content/files/',
    );
  });

  it('refuse a path with ".." in it, even one that lands back inside content/files/', () => {
    const { lines } = contentWith((root) => {
      mkdirSync(path.join(root, 'files', 'notices'), { recursive: true });
      writeFileSync(path.join(root, 'files', 'notices', 'that.pdf'), '%PDF-1.4\n');
      mkdirSync(path.join(root, 'notices'));
      writeFileSync(path.join(root, 'notices', 'thong-bao.md'), notice('notices/../notices/that.pdf'));
    });
    expect(lines).toContain(
      'C/notices/thong-bao.md:8 Tệp đính kèm › Tệp (attachments.0.file): đường dẫn "notices/../notices/that.pdf" có đoạn ".."; ghi đường dẫn bên trong content/files/, ví dụ notices/ten-tep.pdf',
    );
  });
});

describe('the build reading an attachment', () => {
  it('never follows a symlink or "..", even if the check was skipped', () => {
    const root = path.join(work, 'build-side');
    mkdirSync(path.join(root, 'files', 'notices'), { recursive: true });
    writeFileSync(path.join(root, 'files', 'notices', 'that.pdf'), '%PDF-1.4\n');
    symlinkSync('/etc/hostname', path.join(root, 'files', 'notices', 'link.pdf'));
    expect(safeAttachmentPath(root, 'notices/that.pdf')).toBe(path.join(root, 'files', 'notices', 'that.pdf'));
    expect(() => safeAttachmentPath(root, 'notices/link.pdf')).toThrow(/Tệp đính kèm "notices\/link\.pdf": .*là lối tắt \(symlink\)/);
    expect(() => safeAttachmentPath(root, '../../../etc/hostname')).toThrow(/có đoạn "\.\."/);
    expect(() => safeAttachmentPath(root, '/etc/hostname')).toThrow(/không hợp lệ/);
  });
});

describe('encodings', () => {
  const latin1 = Buffer.from('---\ntitle: Gi\xe1 \xe1\n---\n', 'latin1');

  it('refuse a file that is not UTF-8, saying how to re-save it', () => {
    const { lines } = contentWith((root) => writeFileSync(path.join(root, 'pages', 'cu.md'), latin1));
    expect(lines).toContain(
      'C/pages/cu.md:2 tệp không được lưu bằng bảng mã UTF-8 (có thể là Windows-1258 hoặc Latin-1), nên chữ có dấu sẽ bị hỏng. Lưu lại tệp với bảng mã UTF-8: trong Notepad chọn File → Save As → Encoding: UTF-8',
    );
  });

  it('accept a UTF-8 byte order mark and normalise decomposed text to NFC', () => {
    const file = path.join(work, 'nfd.yaml');
    writeFileSync(file, `\uFEFFname: ${'Xã Thử Nghiệm'.normalize('NFD')}\n`);
    const entry = readEntry(file);
    expect(entry.syntaxErrors).toEqual([]);
    expect(entry.data['name']).toBe('Xã Thử Nghiệm'.normalize('NFC'));
  });
});

describe('files the site would not read', () => {
  it('are errors, naming the path and the expected extensions or folders', () => {
    const { lines } = contentWith((root) => {
      writeFileSync(path.join(root, 'pages', 'gioi-thieu-2.MD'), '---\ntitle: x\n---\n');
      writeFileSync(path.join(root, 'pages', 'cu.markdown'), '---\ntitle: x\n---\n');
      writeFileSync(path.join(root, 'units', 'phong.YML'), 'name: x\n');
      writeFileSync(path.join(root, 'units', 'ghi-chu.txt'), 'x');
      writeFileSync(path.join(root, 'units', 'bao-cao.docx'), 'x');
      mkdirSync(path.join(root, 'thong-bao'));
      writeFileSync(path.join(root, 'thong-bao', 'a.md'), 'x');
      writeFileSync(path.join(root, 'ghi-chu.yaml'), 'x: 1\n');
      mkdirSync(path.join(root, 'files', 'notices'), { recursive: true });
      writeFileSync(path.join(root, 'files', 'notices', 'anh.gif'), 'x');
      writeFileSync(path.join(root, 'units', '_mau.yaml'), 'name: x\n');
    });
    const md = 'chỉ tệp .md (chữ thường) trong thư mục này được đọc; đổi đuôi tệp, hoặc chuyển tệp ra khỏi content/';
    const yaml = 'chỉ tệp .yaml hoặc .yml (chữ thường) trong thư mục này được đọc; đổi đuôi tệp, hoặc chuyển tệp ra khỏi content/';
    expect(lines).toEqual(
      expect.arrayContaining([
        `C/pages/gioi-thieu-2.MD:1 ${md}`,
        `C/pages/cu.markdown:1 ${md}`,
        `C/units/phong.YML:1 ${yaml}`,
        `C/units/ghi-chu.txt:1 ${yaml}`,
        `C/units/bao-cao.docx:1 ${yaml}`,
        `C/units/_mau.yaml:1 tệp có tên bắt đầu bằng "_" không được đọc; đổi tên tệp, hoặc ghi "draft: true" nếu chưa muốn công bố`,
        expect.stringMatching(
          /^C\/thong-bao:1 thư mục không được đọc; content\/ chỉ có các thư mục anti-corruption, areas, .*, files và tệp locality\.yaml$/,
        ),
        expect.stringMatching(/^C\/ghi-chu\.yaml:1 tệp không được đọc; content\/ chỉ có các thư mục .* và tệp locality\.yaml$/),
        'C/files/notices/anh.gif:1 tệp đính kèm phải có đuôi pdf, docx, xlsx, csv, jpg hoặc png (chữ thường)',
      ]),
    );
    expect(lines).toHaveLength(9);
  });

  it('leave hidden files (.gitkeep) and subfolders of a collection alone', () => {
    const { lines } = contentWith((root) => {
      writeFileSync(path.join(root, 'units', '.gitkeep'), '');
      mkdirSync(path.join(root, 'units', 'cu'));
      writeFileSync(path.join(root, 'units', 'cu', '.DS_Store'), 'x');
    });
    expect(lines).toEqual([]);
  });
});
