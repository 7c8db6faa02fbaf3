/**
 * Addresses of the site are built by src/lib/routes.ts only: a route literal anywhere else is a link that a
 * rename would miss. The first segments of the site's routes are read from src/pages (its folders and
 * top-level pages) and from the `path` of the Markdown pages, so a new route is covered without editing
 * this test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot as root, sourceFiles, withoutComments } from '../support/source-files.ts';

const pagesDir = path.join(root, 'src/pages');

/** "ke-hoach", "tim-kiem", "gioi-thieu", …: every first segment an address of the site can start with. */
function routeSegments(): string[] {
  const fromPages = readdirSync(pagesDir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? e.name : e.name.replace(/\.(astro|ts)$/, '')))
    .filter((name) => !name.includes('[') && name !== 'index' && name !== '404');
  const markdownDir = path.join(root, 'content/pages');
  const fromMarkdown = readdirSync(markdownDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => /^path:\s*([^\s/]+)/m.exec(readFileSync(path.join(markdownDir, f), 'utf8'))?.[1])
    .filter((s): s is string => Boolean(s));
  return [...new Set([...fromPages, ...fromMarkdown])].sort();
}

/** String and template literals (and HTML attribute values) that start with "/<route segment>". */
function routeLiterals(source: string, segments: string[]): { line: number; literal: string }[] {
  const escaped = segments.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`[\`'"](/(?:${escaped.join('|')})(?=[/.?#'"\`])[^'"\`\\s]*)`, 'g');
  const text = withoutComments(source);
  return [...text.matchAll(pattern)].map((m) => ({ line: text.slice(0, m.index).split('\n').length, literal: m[1]! }));
}

const scanned = ['src/pages', 'src/components', 'src/layouts', 'src/islands', 'src/data', 'src/lib'];
const excluded = new Set([
  // The one place that builds addresses.
  'src/lib/routes.ts',
]);

describe('route literals', () => {
  it('reads the route segments from src/pages and the Markdown pages', () => {
    const segments = routeSegments();
    expect(segments).toEqual(
      expect.arrayContaining(['thu-tuc-hanh-chinh', 'cong-khai', 'ke-hoach', 'tim-kiem', 'en', 'gioi-thieu', 'tiep-can']),
    );
    expect(segments.some((s) => s.includes('['))).toBe(false);
  });

  it('finds literals in quotes, templates and attributes, and not in comments or regular expressions', () => {
    const source = [
      "const a = '/ke-hoach/';",
      'const b = `/thu-tuc-hanh-chinh/${id}/`;',
      '<a href="/tep">x</a>',
      '/** links to "/cong-khai/" */',
      '// see "/ke-hoach/"',
      "const url = 'https://example.org/ke-hoach/';",
      "const re = d.replace(/\\s+\\S*$/, '');",
      "const other = '/ke-hoachxyz/';",
    ].join('\n');
    expect(routeLiterals(source, ['ke-hoach', 'thu-tuc-hanh-chinh', 'tep', 'cong-khai'])).toEqual([
      { line: 1, literal: '/ke-hoach/' },
      { line: 2, literal: '/thu-tuc-hanh-chinh/${id}/' },
      { line: 3, literal: '/tep' },
    ]);
  });

  it('finds none outside src/lib/routes.ts', () => {
    const segments = routeSegments();
    const found = sourceFiles(scanned)
      .filter((f) => !excluded.has(f))
      .flatMap((f) => routeLiterals(readFileSync(path.join(root, f), 'utf8'), segments).map((r) => `${f}:${r.line}: ${r.literal}`));
    expect(found, 'Địa chỉ trang viết tay; hãy dùng hàm trong src/lib/routes.ts').toEqual([]);
  });
});
