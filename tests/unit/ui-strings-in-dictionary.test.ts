/**
 * Every Vietnamese string the interface shows is in src/i18n/vi.ts. This finds Vietnamese written straight into
 * pages, components, layouts and islands: any string or template literal, attribute value or text node with a
 * letter Vietnamese marks (ă â đ ê ô ơ ư, or a tone mark on a vowel). Comments are skipped: they explain the code.
 * Content (names, addresses, texts) comes from content/ at build time, so it is never written in these files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sourceFiles, withoutComments } from '../support/source-files.ts';

const scanned = ['src/pages', 'src/components', 'src/layouts', 'src/islands'];

/** Text that may stay where it is, by file and exact text, each with its reason. */
const allowed: Record<string, string[]> = {
  // Stands in for githubstatus.com's answer; the editing UI reads only its `indicator`, never this description.
  'src/pages/admin/cms/github-status.json.ts': ['Không kiểm tra từ cổng'],
};

/** Breve, circumflex, horn and the five tone marks once decomposed, and đ, which does not decompose. */
const vietnameseMark = /[\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323đ]/iu;
const isVietnamese = (char: string) => vietnameseMark.test(char.normalize('NFD'));

/**
 * Runs of text between quotes, braces and angle brackets: the body of a string, of a template literal between its
 * `${…}`, of an attribute value or of a text node. Those with a Vietnamese letter are found, with the line it is on.
 */
function vietnameseTexts(source: string): { line: number; text: string }[] {
  const code = withoutComments(source);
  return [...code.matchAll(/[^'"`{}<>]+/g)].flatMap((m) => {
    const at = [...m[0]].findIndex(isVietnamese);
    if (at < 0) return [];
    const offset = m.index + [...m[0]].slice(0, at).join('').length;
    return [{ line: code.slice(0, offset).split('\n').length, text: m[0].replace(/\s+/g, ' ').trim() }];
  });
}

describe('interface strings in the dictionary', () => {
  it('finds Vietnamese in literals, templates, attributes and text nodes, and not in comments or plain ASCII', () => {
    const source = [
      '---',
      "const a = 'Tải về';",
      '/** Ghi chú cho người đọc mã */',
      'const b = `${n} nhiệm vụ`;',
      '---',
      '<!-- chú thích -->',
      '<p title="Đường dẫn">{a}</p>',
      '<li>Năm {y}</li>',
      "{/* bình luận */}<a href={routes.area('dia-ban')}>Area</a>",
      '<p>',
      '  Dòng thứ hai',
      '</p>',
      "const c = x ? 'Miễn' : ''; // trống",
    ].join('\n');
    expect(vietnameseTexts(source)).toEqual([
      { line: 2, text: 'Tải về' },
      { line: 4, text: 'nhiệm vụ' },
      { line: 7, text: 'Đường dẫn' },
      { line: 8, text: 'Năm' },
      { line: 11, text: 'Dòng thứ hai' },
      { line: 13, text: 'Miễn' },
    ]);
  });

  it('finds none outside src/i18n/vi.ts', () => {
    const found = sourceFiles(scanned).flatMap((f) =>
      vietnameseTexts(readFileSync(path.join(repoRoot, f), 'utf8'))
        .filter((t) => !allowed[f]?.includes(t.text))
        .map((t) => `${f}:${t.line}: ${t.text}`),
    );
    expect(found, 'Chữ giao diện viết thẳng trong trang; hãy đưa vào src/i18n/vi.ts').toEqual([]);
  });

  it('allows only text that is still there', () => {
    const stale = Object.entries(allowed).flatMap(([f, texts]) => {
      const present = vietnameseTexts(readFileSync(path.join(repoRoot, f), 'utf8')).map((t) => t.text);
      return texts.filter((t) => !present.includes(t)).map((t) => `${f}: ${t}`);
    });
    expect(stale).toEqual([]);
  });
});
