import { describe, expect, it } from 'vitest';
import { moveStyleToHead } from '../../src/lib/island-style.ts';

const css = 'astro-island,astro-slot,astro-static-slot{display:contents}';
const style = `<style>${css}</style>`;
const head =
  '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="style-src \'sha256-x\'"><link rel="stylesheet" href="/a.css"></head>';

describe("moving Astro's island style into <head>", () => {
  it('moves it from before the first island to the end of <head>, text unchanged', () => {
    const page = `<!DOCTYPE html><html lang="vi">${head}<body><main><p>Tìm</p>${style}<script>x</script><astro-island></astro-island></main></body></html>`;
    expect(moveStyleToHead(page, css, '/tim-kiem/')).toBe(
      `<!DOCTYPE html><html lang="vi">${head.replace('</head>', `${style}</head>`)}<body><main><p>Tìm</p><script>x</script><astro-island></astro-island></main></body></html>`,
    );
  });

  it('keeps a single copy when Astro wrote it more than once', () => {
    const page = `<html>${head}<body>${style}<astro-island></astro-island><div>${style}</div></body></html>`;
    const moved = moveStyleToHead(page, css, '/');
    expect(moved.split(style)).toHaveLength(2);
    expect(moved.indexOf(style)).toBeLessThan(moved.indexOf('</head>'));
  });

  it('leaves a page without islands, and a page already moved, as they are', () => {
    const plain = `<html>${head}<body><p>Không có đảo</p></body></html>`;
    expect(moveStyleToHead(plain, css, '/')).toBe(plain);
    const moved = moveStyleToHead(`<html>${head}<body>${style}</body></html>`, css, '/');
    expect(moveStyleToHead(moved, css, '/')).toBe(moved);
  });

  it('names the page when it has no </head> to move the style into', () => {
    expect(() => moveStyleToHead(`<html><body>${style}</body></html>`, css, '/bieu-mau/')).toThrow(
      /^\/bieu-mau\/: không tìm thấy <\/head>/,
    );
  });
});
