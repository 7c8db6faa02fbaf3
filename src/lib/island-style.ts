/**
 * Astro writes the style its islands need (`astro-island{display:contents}` and the like) into <body>, just
 * before the first island on a page. HTML allows a <style> in <body> only as the first child of its parent,
 * so the W3C checker rejects every page with an island. Moving that one element, text unchanged, to the end of
 * <head> makes the page valid: it still follows the stylesheets it followed before, and it stays after the
 * Content Security Policy <meta>, whose hash for that text therefore still allows it.
 */

/** The page with every `<style>{css}</style>` taken out and one put back just before `</head>`. */
export function moveStyleToHead(html: string, css: string, page: string): string {
  const element = `<style>${css}</style>`;
  if (!html.includes(element)) return html;
  const without = html.split(element).join('');
  const headEnd = without.indexOf('</head>');
  if (headEnd === -1) {
    throw new Error(
      `${page}: không tìm thấy </head> để chuyển thẻ <style> của các thành phần tương tác vào; trang sẽ không hợp lệ theo chuẩn HTML.`,
    );
  }
  return without.slice(0, headEnd) + element + without.slice(headEnd);
}
