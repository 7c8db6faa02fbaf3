/**
 * The personal-data lint inside `npm run check`: it reads the body of every record, lists that name people
 * included. During the posting period a list may carry the names the law has posted (households); an ID
 * number, a phone number or a private e-mail is refused wherever it is written, and names are refused in
 * the title and summary, which stay published after the period.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/check.ts';

const root = path.join(mkdtempSync(path.join(tmpdir(), 'portal-pii-lint-')), 'content');
cpSync('content', root, { recursive: true });
afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

const file = path.join(root, 'poverty-reviews', 'danh-sach-co-so-ca-nhan.md');
writeFileSync(
  file,
  `---
title: Niêm yết danh sách hộ nghèo phường Minh Khai năm 2024
summary: Danh sách gồm hộ ông Trịnh Văn Quý và các hộ khác.
issuingAuthority: ubnd-cac-phuong-xa-thanh-pho
area: minh-khai
issuedOn: 2024-11-17
publishedOn: 2024-11-20
postingPeriod:
  from: 2024-11-20
  to: 2024-12-04
year: 2024
counts:
  poor: 1
  nearPoor: 0
containsPersonalData: true
households:
  - name: Trịnh Văn Quý
    village: Tổ dân phố số 1
    category: ngheo
sample: true
---

Hộ ông Trịnh Văn Quý, tổ dân phố số 1, được đề nghị đưa vào danh sách.

Căn cước của chủ hộ: 001.234.567.890.
Điện thoại của chủ hộ: (+84) 912.345.678, thư: trinhvanquy@gmail.com.
Liên hệ Ủy ban nhân dân phường: 0000 000 100 hoặc lienhe@minhbach.hungyen.example.
`,
);

const { problems } = checkContent(root, '2024-11-25');
const lines = problems.filter((p) => p.file.endsWith('danh-sach-co-so-ca-nhan.md')).map(formatProblem);
const at = (line: number) => lines.filter((l) => l.includes(`danh-sach-co-so-ca-nhan.md:${line} `));

describe('personal data in a list that names people, during its posting period', () => {
  it('accepts the names of the posted list in its body', () => {
    expect(at(23)).toEqual([]);
  });

  it('refuses a citizen ID, a phone number and a private e-mail in its body, at their lines', () => {
    expect(at(25)).toEqual([
      expect.stringMatching(/:25 nội dung: có số giống số định danh cá nhân, căn cước hoặc chứng minh nhân dân \(001\.234\.567\.890\)/),
    ]);
    expect(at(26)).toEqual([
      expect.stringMatching(/:26 nội dung: có số điện thoại di động \(\(\+84\) 912\.345\.678\)/),
      expect.stringMatching(/:26 nội dung: có địa chỉ thư điện tử không phải của cơ quan \(trinhvanquy@gmail\.com\)/),
    ]);
  });

  it("accepts the locality's own hotline and e-mail", () => {
    expect(at(27)).toEqual([]);
  });

  it('refuses a name of the list in the summary, which outlives the posting period', () => {
    expect(at(3)).toEqual([expect.stringMatching(/:3 Tóm tắt \(summary\): có tên "Trịnh Văn Quý" của danh sách hộ/)]);
  });

  it('finds nothing else in the file, and nothing in the bundled content', () => {
    expect(lines).toHaveLength(4);
    expect(problems.filter((p) => !p.file.endsWith('danh-sach-co-so-ca-nhan.md')).map(formatProblem)).toEqual([]);
  });
});
