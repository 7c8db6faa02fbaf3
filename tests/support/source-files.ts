/**
 * The site's own source files read as text, for tests that look for what must not be written into them
 * (route literals, interface strings outside the dictionary).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Every .astro, .ts and .tsx file under the given folders, as repository paths ("src/pages/index.astro"). */
export function sourceFiles(dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(astro|ts|tsx)$/.test(f))
      .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
      .sort(),
  );
}

/** Blanks comments out (keeping line numbers): what a comment says explains the code, the site never shows it. */
export function withoutComments(source: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return source
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|\s)\/\/.*$/gm, (m, lead: string) => lead + blank(m.slice(lead.length)));
}
