// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { parse } from 'yaml';
import { contentGate } from './src/integrations/content-gate.ts';
import { islandStyleInHead } from './src/integrations/island-style.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

const contentDir = process.env.PORTAL_CONTENT_DIR ?? 'content';
/** The deployment's public address comes from its content, so another locality edits content only. */
/** @returns {string | undefined} */
function siteUrl() {
  try {
    const locality = /** @type {{ siteUrl?: string } | null} */ (parse(readFileSync(`${contentDir}/locality.yaml`, 'utf8')));
    return locality?.siteUrl;
  } catch {
    return undefined; // the content gate reports the missing file
  }
}

const site = siteUrl();

/** Where Astro writes the pages, known once the config is resolved (the build script points it at a staging folder). */
/** @type {URL | undefined} */
let outDir;
/**
 * A page marked noindex (a list naming people during its posting period) is no page to find: not in the sitemap.
 * @param {string} page
 */
function markedNoindex(page) {
  if (!outDir) return false;
  const file = new URL(`.${new URL(page).pathname}index.html`, outDir);
  return existsSync(file) && /<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'));
}

export default defineConfig({
  ...(site ? { site } : {}),
  output: 'static',
  trailingSlash: 'always',
  // 'jsx' compression would glue inline elements written on separate lines into one word
  // ("xây" + "dựng" → "xâydựng"), for readers, screen readers and the search index alike.
  compressHTML: true,
  // Several pages at once: rendering a page mostly waits on reading content and writing files.
  build: { format: 'directory', concurrency: 16 },
  // No code blocks in content, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  // Raw HTML in bodies is filtered by an allowlist after rendering (src/lib/safe-html.ts, called by the
  // content loader): Astro 7's default Markdown processor (Sätteri) does not run markdown.rehypePlugins.
  markdown: { syntaxHighlight: false },
  integrations: [
    contentGate(),
    react(),
    // The 404 page, the editing UI and pages marked noindex are not pages to find.
    { name: 'out-dir', hooks: { 'astro:config:done': ({ config }) => void (outDir = config.outDir) } },
    sitemap({ filter: (page) => !/\/(404|admin)(\/|\.html)?$/.test(new URL(page).pathname) && !markedNoindex(page) }),
    islandStyleInHead(), // before pagefindIndex: Pagefind indexes the final pages
    pagefindIndex(),
  ],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // Every page carries its policy in a <meta>, with hashes for Astro's inline scripts and styles, so no
  // 'unsafe-inline' is needed. Pagefind compiles WebAssembly ('wasm-unsafe-eval') and may start a worker.
  // frame-ancestors cannot be set from a <meta>: the web server adds it (docs/deployment/nginx/).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
