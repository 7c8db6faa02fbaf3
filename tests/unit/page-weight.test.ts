import { describe, expect, it } from 'vitest';
import { moduleClosure, pageAssets, pageWeight, shellOf, staticImports } from '../../src/lib/page-weight.ts';

const html = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/f.svg">
<style>astro-island{display:contents}</style>
<script type="application/ld+json">{"@type":"Thing"}</script>
<script>window.x=1</script>
</head><body><header>Đầu trang</header><main id="noi-dung"><p>Nội dung dài</p></main>
<astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island>
<script type="module" src="/_astro/page.js"></script></body></html>`;

const files: Record<string, string> = {
  '/_astro/a.css': "@font-face{src:url(./f.woff2) format('woff2')}body{color:red}",
  '/_astro/f.woff2': 'x'.repeat(1000),
  '/_astro/Island.js': 'import{t as e}from"./react.js";import"./side.js";const p=()=>import("./jspdf.js");',
  '/_astro/client.js': 'import{t}from"./react.js";',
  '/_astro/react.js': 'export const t=1;',
  '/_astro/side.js': '',
  '/_astro/page.js': '',
  '/_astro/jspdf.js': 'x'.repeat(100000),
};
const read = (p: string) =>
  new TextEncoder().encode(
    files[p] ??
      (() => {
        throw new Error(`no ${p}`);
      })(),
  );

describe('page weight', () => {
  it('finds stylesheets, script entries and inline code, leaving JSON-LD out', () => {
    const a = pageAssets(html);
    expect(a.stylesheets).toEqual(['/_astro/a.css']);
    expect(a.scriptEntries).toEqual(['/_astro/page.js', '/_astro/Island.js', '/_astro/client.js']);
    expect(a.inlineScripts).toEqual(['window.x=1']);
    expect(a.inlineStyles).toHaveLength(1);
  });

  it('follows static imports and leaves dynamic ones (loaded on demand) out', () => {
    expect(staticImports(files['/_astro/Island.js']!)).toEqual(['./react.js', './side.js']);
    expect(moduleClosure(['/_astro/Island.js', '/_astro/client.js'], (p) => files[p]!).sort()).toEqual([
      '/_astro/Island.js',
      '/_astro/client.js',
      '/_astro/react.js',
      '/_astro/side.js',
    ]);
  });

  it('measures the shell without the content of <main>', () => {
    expect(shellOf(html)).toContain('<main id="noi-dung"></main>');
    expect(shellOf(html)).not.toContain('Nội dung dài');
  });

  it('adds up gzipped CSS and JS and the font files the CSS declares', () => {
    const w = pageWeight(html, read);
    expect(w.fonts).toBe(1000);
    expect(w.js).toBeGreaterThan(0);
    expect(w.js).toBeLessThan(500); // jspdf.js, imported on demand, is not counted
    expect(w.shell).toBeLessThan(w.html + 1);
  });
});
