import { describe, expect, it } from 'vitest';
import { sanitizeBodyHtml } from '../../src/lib/safe-html.ts';
import { inlineHtml } from '../../src/lib/inline.ts';

describe('the allowlist for Markdown bodies', () => {
  it('keeps what editors write', () => {
    const html =
      '<h2 id="lich">Lịch</h2><p>Xem <a href="/cong-khai/" title="Công khai">trang</a>, <a href="mailto:a@b.vn">thư</a>, <strong>đậm</strong>, <em>nghiêng</em>, <abbr title="Ủy ban nhân dân">UBND</abbr><br></p>' +
      '<ul><li>một</li></ul><ol start="3"><li>ba</li></ol><blockquote><p>trích</p></blockquote>' +
      '<table><thead><tr><th style="text-align: right">Số</th></tr></thead><tbody><tr><td style="text-align: right">1</td></tr></tbody></table>' +
      '<p><img src="/tep/notices/a.png" alt="Sơ đồ"></p>';
    expect(sanitizeBodyHtml(html)).toBe(html);
  });

  it('drops elements that act instead of show, with their content', () => {
    expect(sanitizeBodyHtml('<meta http-equiv="refresh" content="0;url=https://x.example/"><p>a</p>')).toBe('<p>a</p>');
    expect(sanitizeBodyHtml('<script>alert(1)</script><style>p{}</style><iframe src="https://x.example/"></iframe><p>a</p>')).toBe(
      '<p>a</p>',
    );
    expect(sanitizeBodyHtml('<form action="https://x.example/"><input name="p"></form><object data="x"></object><embed src="x">')).toBe('');
  });

  it('drops event handlers, styles other than column alignment, and ids outside headings', () => {
    expect(sanitizeBodyHtml('<p onclick="alert(1)" style="position:fixed" id="main">a</p>')).toBe('<p>a</p>');
    expect(sanitizeBodyHtml('<table><tbody><tr><td style="background:url(https://x.example/)">1</td></tr></tbody></table>')).toBe(
      '<table><tbody><tr><td>1</td></tr></tbody></table>',
    );
  });

  it("drops javascript: and data: URLs, and images that are not the site's attachments", () => {
    expect(sanitizeBodyHtml('<a href="javascript:alert(1)">a</a>')).toBe('<a>a</a>');
    expect(sanitizeBodyHtml('<a href="JaVaScRiPt:alert(1)">a</a>')).toBe('<a>a</a>');
    expect(
      sanitizeBodyHtml(
        '<p><img src="data:image/png;base64,AA" alt="x"><img src="https://x.example/t.png" alt="y"><img src="/tep/a.png" onerror="x()"></p>',
      ),
    ).toBe('<p><img src="/tep/a.png"></p>');
  });
});

describe('inline marks in content text', () => {
  it('escape every tag, keeping only bold and italics', () => {
    expect(inlineHtml('**đậm** <script>x</script> *nghiêng* <img src=x onerror=y>')).toBe(
      '<strong>đậm</strong> &lt;script&gt;x&lt;/script&gt; <em>nghiêng</em> &lt;img src=x onerror=y&gt;',
    );
  });
});
