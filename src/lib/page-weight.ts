/**
 * What a built page costs a visitor before they interact: its HTML, the CSS it links, the JavaScript it
 * runs at load (module scripts, islands and everything they import statically — not what they import
 * on demand), measured gzipped as the web server sends them. Shared by the budget test and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';

/** gzip at level 6, as the shipped nginx rules compress. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 6 }).length;
}

export interface PageAssets {
  stylesheets: string[];
  /** External scripts and island components and renderers: the entry points of the page's JavaScript. */
  scriptEntries: string[];
  inlineScripts: string[];
  inlineStyles: string[];
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export function pageAssets(html: string): PageAssets {
  const stylesheets = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => attr(t, 'rel') === 'stylesheet')
    .map((t) => attr(t, 'href')!);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const external = scripts.map((m) => attr(m[0], 'src')).filter((s): s is string => Boolean(s));
  const inlineScripts = scripts.filter((m) => !attr(m[0], 'src') && attr(m[0], 'type') !== 'application/ld+json').map((m) => m[2]!);
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)]
    .flatMap((m) => [attr(m[0], 'component-url'), attr(m[0], 'renderer-url')])
    .filter((s): s is string => Boolean(s));
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  return { stylesheets, scriptEntries: [...new Set([...external, ...islands])], inlineScripts, inlineStyles };
}

/** Relative modules a bundle imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
export function staticImports(js: string): string[] {
  return [...js.matchAll(/\bimport\s*(?:[\w$*{][^;]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
}

/** Every module reachable from the entries by static imports, as site paths. */
export function moduleClosure(entries: string[], read: (sitePath: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (sitePath: string) => {
    if (seen.has(sitePath)) return;
    seen.add(sitePath);
    for (const spec of staticImports(read(sitePath))) visit(new URL(spec, `http://x${sitePath}`).pathname);
  };
  entries.forEach(visit);
  return [...seen];
}

/** The page without its content: everything outside <main>, which every page repeats. */
export function shellOf(html: string): string {
  return html.replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, '$1</main>');
}

export interface PageWeight {
  html: number;
  shell: number;
  css: number;
  js: number;
  /** Web font files the page's stylesheets declare (the most it could download). */
  fonts: number;
}

export function pageWeight(html: string, read: (sitePath: string) => Uint8Array): PageWeight {
  const text = (p: string) => new TextDecoder().decode(read(p));
  const assets = pageAssets(html);
  const css =
    assets.stylesheets.reduce((n, href) => n + gzipSize(read(href)), 0) + assets.inlineStyles.reduce((n, s) => n + gzipSize(s), 0);
  const modules = moduleClosure(assets.scriptEntries, text);
  const js = modules.reduce((n, m) => n + gzipSize(read(m)), 0) + assets.inlineScripts.reduce((n, s) => n + gzipSize(s), 0);
  const fontFiles = new Set(
    assets.stylesheets.flatMap((href) =>
      [...text(href).matchAll(/url\(["']?([^"')]+\.woff2?)["']?\)/g)].map((m) => new URL(m[1]!, `http://x${href}`).pathname),
    ),
  );
  const fonts = [...fontFiles].reduce((n, f) => n + read(f).length, 0);
  return { html: gzipSize(html), shell: gzipSize(shellOf(html)), css, js, fonts };
}
