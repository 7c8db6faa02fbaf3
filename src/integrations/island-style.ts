/**
 * Moves Astro's island style from <body> into <head> in every built page (see src/lib/island-style.ts), so
 * pages with a React island are valid HTML. Astro has no setting for where it writes that style. Registered
 * before the Pagefind integration: `astro:build:done` hooks run one after another in the order of
 * `integrations`, so the index is built from the final pages.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Astro's own text for that style, so a change in a new Astro version is followed, not missed.
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import { moveStyleToHead } from '../lib/island-style.ts';

export function islandStyleInHead(): AstroIntegration {
  return {
    name: 'portal-island-style-in-head',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let moved = 0;
        for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const full = path.join(site, file);
          const html = readFileSync(full, 'utf8');
          const fixed = moveStyleToHead(html, ISLAND_STYLES, '/' + file.split(path.sep).join('/'));
          if (fixed === html) continue;
          writeFileSync(full, fixed);
          moved++;
        }
        logger.info(`Đã chuyển kiểu hiển thị của thành phần tương tác vào <head> ở ${moved} trang.`);
      },
    },
  };
}
