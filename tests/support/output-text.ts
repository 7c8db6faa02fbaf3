/**
 * The text of every file the built site publishes, by kind: what a page shows and carries in its attributes
 * (island props, meta descriptions, alt text), the search index's fragments, calendars, feeds, open data,
 * and the text of PDF and DOCX files. Used to check that editors' notes reach none of them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { pdfText, readDocx } from './documents.ts';

export interface OutputText {
  /** The file, relative to the site's root ("thu-tuc-hanh-chinh/dang-ky-khai-sinh/index.html"). */
  file: string;
  text: string;
}

/**
 * Wording that belongs to editors' notes or to the tools, never to what a citizen reads (issue 16): how a fact
 * was researched or that it is not, and file paths, repositories and commands.
 */
export const EDITOR_WORDING: readonly string[] = [
  'phiên làm việc',
  'theo trí nhớ',
  'trước khi công bố',
  'chỉ mục tìm kiếm',
  'chưa xác minh',
  'theo hiểu biết',
  'chưa đối chiếu',
  'chưa được đối chiếu',
  'chưa xác định',
  'github',
  'seeds/',
  'tệp nguồn',
  'npm ',
  // The repository's own name (package.json) and the sample editing repository of content/locality.yaml.
  'cong-minh-bach',
];

/** A path into the repository ("content/procedures/x.yaml", "src/pages/…"): never a citizen's concern. */
const REPOSITORY_PATH = /\b(?:content|src|scripts|seeds|tests|node_modules)\/[\w./-]+|\b[\w-]+\.(?:ya?ml|tsx?|astro|mjs)\b/giu;

export interface Finding {
  file: string;
  phrase: string;
  excerpt: string;
}

/** Every occurrence of editors' wording or of a repository path in the texts, with a little context. */
export function findEditorWording(texts: readonly OutputText[]): Finding[] {
  const findings: Finding[] = [];
  for (const { file, text } of texts) {
    const normalised = text.normalize('NFC');
    const lower = normalised.toLocaleLowerCase('vi');
    const excerpt = (at: number, length: number) =>
      normalised
        .slice(Math.max(0, at - 60), at + length + 60)
        .replace(/\s+/g, ' ')
        .trim();
    for (const phrase of EDITOR_WORDING) {
      for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + phrase.length)) {
        findings.push({ file, phrase, excerpt: excerpt(at, phrase.length) });
      }
    }
    for (const m of normalised.matchAll(REPOSITORY_PATH)) {
      findings.push({ file, phrase: 'đường dẫn tệp', excerpt: excerpt(m.index, m[0].length) });
    }
  }
  return findings;
}

/** The text of a page with the values of all its attributes (where island props and meta tags are) and its JSON-LD. */
export function htmlText(html: string): string {
  const $ = cheerio.load(html);
  // Scripts are code (the island loader); structured data is what search engines show, so it is read.
  $('script:not([type="application/ld+json"]), style').remove();
  const attributes: string[] = [];
  $('*').each((_, el) => {
    if ('attribs' in el) attributes.push(...Object.values(el.attribs));
  });
  return `${$.root().text()}\n${attributes.join('\n')}`;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/**
 * The editing UI under admin/ is an application for office staff (its own bundle, locales and the repository
 * it commits to); the site's scripts under _astro/ are code, whose strings reach pages only through them.
 * pagefind/ is read through its fragments (each page's text), the rest of it is binary index.
 */
const SKIPPED = /^(?:admin|_astro)\//;

/** The text of every published file under `root` that people or programs read. */
export async function outputTexts(root: string): Promise<OutputText[]> {
  const out: OutputText[] = [];
  for (const full of walk(root)) {
    const file = path.relative(root, full).split(path.sep).join('/');
    if (SKIPPED.test(file)) continue;
    const ext = path.extname(file).toLowerCase();
    if (file.startsWith('pagefind/')) {
      if (file.startsWith('pagefind/fragment/')) {
        out.push({
          file,
          text: gunzipSync(readFileSync(full))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        });
      }
      continue;
    }
    if (ext === '.html') out.push({ file, text: htmlText(readFileSync(full, 'utf8')) });
    else if (ext === '.json') out.push({ file, text: JSON.stringify(JSON.parse(readFileSync(full, 'utf8'))) });
    else if (['.ics', '.xml', '.csv', '.txt', '.svg', '.webmanifest'].includes(ext)) out.push({ file, text: readFileSync(full, 'utf8') });
    else if (ext === '.pdf') out.push({ file, text: await pdfText(new Uint8Array(readFileSync(full))) });
    else if (ext === '.docx') out.push({ file, text: (await readDocx(new Uint8Array(readFileSync(full)))).text });
  }
  return out;
}
