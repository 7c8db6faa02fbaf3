/**
 * Compares two builds of the site as a reader sees them, for refactors that must not change the site:
 *   npm run diff:dist -- <before-dist> <after-dist>
 * Lists files only one build has, and for every HTML page the lines that differ in its visible text, its
 * title and its links (href, src, action), ignoring what changes on every build (hashed asset names, CSP
 * hashes). Other files are compared byte for byte. Exits 1 when anything differs.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('Cách dùng: npm run diff:dist -- <thư-mục-bản-dựng-trước> <thư-mục-bản-dựng-sau>');
  process.exit(2);
}

function files(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(root, full) : [path.relative(root, full)];
  });
}

/** Hashed names of built assets change with any source change; the reader sees the same thing. */
const hashed = (s: string) => s.replace(/\/_astro\/([\w-]+?)\.[\w-]{8}\.(\w+)/g, '/_astro/$1.HASH.$2');

/** A page as lines a reader would notice: title, then each block of text, then each link target. */
function pageLines(html: string): string[] {
  const $ = cheerio.load(html);
  $('script, style, template').remove();
  const lines = [`title: ${$('title').text()}`];
  $('body')
    .find('*')
    .contents()
    .each((_, node) => {
      if (node.nodeType === 3) {
        const text = $(node).text().replace(/\s+/g, ' ').trim();
        if (text) lines.push(text);
      }
    });
  $('[href], [src], [action]').each((_, el) => {
    for (const attr of ['href', 'src', 'action']) {
      const value = $(el).attr(attr);
      if (value !== undefined) lines.push(`${attr}: ${hashed(value)}`);
    }
  });
  return lines;
}

/** Lines in one list and not the other, each side counted (a multiset difference). */
function difference(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of b) counts.set(line, (counts.get(line) ?? 0) + 1);
  return a.filter((line) => {
    const n = counts.get(line) ?? 0;
    if (n === 0) return true;
    counts.set(line, n - 1);
    return false;
  });
}

const beforeFiles = new Set(files(before).map(hashed));
const afterFiles = new Set(files(after).map(hashed));
const beforeByKey = new Map(files(before).map((f) => [hashed(f), f]));
const afterByKey = new Map(files(after).map((f) => [hashed(f), f]));
let differences = 0;

for (const f of [...beforeFiles].filter((f) => !afterFiles.has(f)).sort()) {
  console.log(`- chỉ có trong bản trước: ${f}`);
  differences++;
}
for (const f of [...afterFiles].filter((f) => !beforeFiles.has(f)).sort()) {
  console.log(`+ chỉ có trong bản sau: ${f}`);
  differences++;
}
for (const key of [...beforeFiles].filter((f) => afterFiles.has(f)).sort()) {
  const a = readFileSync(path.join(before, beforeByKey.get(key)!));
  const b = readFileSync(path.join(after, afterByKey.get(key)!));
  if (key.startsWith('pagefind/') || key.startsWith('_astro/')) continue; // derived from the pages and sources compared here
  if (key.endsWith('.html')) {
    const la = pageLines(a.toString('utf8'));
    const lb = pageLines(b.toString('utf8'));
    const removed = difference(la, lb);
    const added = difference(lb, la);
    if (removed.length || added.length) {
      differences++;
      console.log(`~ ${key}`);
      for (const line of removed) console.log(`    - ${line}`);
      for (const line of added) console.log(`    + ${line}`);
    }
  } else if (!a.equals(b)) {
    differences++;
    console.log(`~ ${key} (khác nội dung)`);
  }
}
console.log(differences ? `${differences} khác biệt.` : 'Hai bản dựng giống nhau với người đọc.');
process.exit(differences ? 1 : 0);
