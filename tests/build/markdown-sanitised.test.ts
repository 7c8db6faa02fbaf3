/**
 * Raw HTML written in a Markdown body reaches no built page unless an editor needs it: a notice and a
 * page full of what an attacker would write (a redirecting <meta>, <script>, <iframe>, an <img> with an
 * event handler, a javascript: link, a <style>, a <form>) keep their headings, tables, links and
 * attachment images, and lose everything else.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(path.join(tmpdir(), 'portal-markdown-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const body = `
## Lịch thu gom

Rác được thu gom theo bảng dưới đây, xem [lịch chi tiết](https://xa-thu-nghiem.example/lich/).

| Thôn | Ngày |
|---|---|
| Thôn Một | Thứ Hai |

![Sơ đồ điểm thu gom](/tep/notices/so-do.png)

<abbr title="Ủy ban nhân dân">UBND</abbr> xã thông báo.<br>

<meta http-equiv="refresh" content="0;url=https://ke-xau.example/">
<script>document.title = 'bị chiếm'</script>
<iframe src="https://ke-xau.example/khung"></iframe>
<img src="/tep/notices/so-do.png" onerror="alert('onerror')">
<img src="data:image/png;base64,AAAA" alt="ảnh data">
<a href="javascript:alert('bam')">Bấm vào đây</a>
<style>body { display: none }</style>
<form action="https://ke-xau.example/"><input name="mat-khau"></form>
<object data="https://ke-xau.example/x.swf"></object>
<p onclick="alert('click')">Đoạn có trình xử lý sự kiện.</p>
`;

const content = path.join(work, 'content');
cpSync('tests/fixtures/other-locality', content, { recursive: true });
mkdirSync(path.join(content, 'notices'));
writeFileSync(
  path.join(content, 'notices', 'thong-bao-co-html.md'),
  `---\ntitle: Thông báo có mã HTML\nsummary: Thông báo thử bộ lọc HTML.\nissuingAuthority: ubnd-xa-thu-nghiem\nissuedOn: 2026-11-20\npublishedOn: 2026-11-20\n---\n${body}`,
);
writeFileSync(
  path.join(content, 'pages', 'trang-co-html.md'),
  `---\ntitle: Trang có mã HTML\ndescription: Trang thử bộ lọc HTML.\npath: trang-co-html\nissuingAuthority: ubnd-xa-thu-nghiem\nupdated: 2026-11-20\n---\n${body}`,
);

const dist = path.join(work, 'dist');
const result = spawnSync(process.execPath, ['scripts/build.ts'], {
  env: {
    ...process.env,
    PORTAL_CONTENT_DIR: content,
    PORTAL_DIST_DIR: dist,
    PORTAL_BUILD_DATE: '2026-12-01',
    CI: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  },
  encoding: 'utf8',
  timeout: 180_000,
});

const pages = {
  notice: 'cong-khai/thong-bao/thong-bao-co-html/index.html',
  page: 'trang-co-html/index.html',
};

describe('a Markdown body with raw HTML in it', () => {
  it('builds', () => {
    expect(result.status, result.stderr).toBe(0);
  });

  for (const [kind, file] of Object.entries(pages)) {
    describe(`on the built ${kind}`, () => {
      const html = () => readFileSync(path.join(dist, file), 'utf8');
      const main = () => load(html())('main');

      it('keeps headings, tables, links, attachment images, abbreviations and line breaks', () => {
        const $ = main();
        expect($.find('h2:contains("Lịch thu gom")')).toHaveLength(1);
        expect($.find('table td:contains("Thôn Một")')).toHaveLength(1);
        expect($.find('a[href="https://xa-thu-nghiem.example/lich/"]').text()).toBe('lịch chi tiết');
        expect($.find('img[src="/tep/notices/so-do.png"][alt="Sơ đồ điểm thu gom"]')).toHaveLength(1);
        expect($.find('abbr[title="Ủy ban nhân dân"]').text()).toBe('UBND');
        expect($.find('br').length).toBeGreaterThan(0);
      });

      it('drops meta refresh, script, iframe, style, form, object, event handlers and javascript: or data: URLs', () => {
        const text = html();
        for (const bad of [
          'http-equiv="refresh"',
          'ke-xau.example',
          'bị chiếm',
          'onerror',
          'onclick',
          'javascript:',
          'data:image',
          'display: none',
          'mat-khau',
          '<iframe',
          '<object',
        ]) {
          expect(text, bad).not.toContain(bad);
        }
        const $ = main();
        expect($.find('script, style, meta, iframe, object, embed, form, input')).toHaveLength(0);
        // (The site's own search form is in the header, outside <main>.)
        // The text editors wrote stays readable, only the markup around it goes.
        expect($.find('a:contains("Bấm vào đây")').attr('href')).toBeUndefined();
        expect($.find('p:contains("Đoạn có trình xử lý sự kiện.")')).toHaveLength(1);
      });
    });
  }
});
