/**
 * Performance budgets on the real built site, gzipped as nginx sends it: CSS, JavaScript before
 * interaction, the page shell, web fonts, and images that reserve their space.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../src/lib/page-weight.ts';
import { distDir, fileForUrlPath, htmlPages, loadPage, templateOf } from '../support/dist.ts';
import { ROUTES_WITH_ISLANDS } from '../support/islands.ts';

const KB = 1024;
const BUDGET = { css: 12 * KB, islandJs: 80 * KB, shell: 5 * KB, fonts: 60 * KB };

const cache = new Map<string, Uint8Array>();
const read = (sitePath: string) => {
  if (!cache.has(sitePath)) cache.set(sitePath, new Uint8Array(readFileSync(path.join(distDir, decodeURIComponent(sitePath)))));
  return cache.get(sitePath)!;
};
const pages = htmlPages().map((page) => ({
  page,
  template: templateOf(page),
  weight: pageWeight(readFileSync(fileForUrlPath(page)!, 'utf8'), read),
}));
const islandPages = pages.filter((p) => p.template in ROUTES_WITH_ISLANDS);

describe('performance budgets (gzip)', () => {
  it('measures the whole site, islands included', () => {
    expect(pages.length).toBeGreaterThan(300);
    expect(islandPages.filter((p) => p.weight.js > 0).length).toBeGreaterThan(5);
  });

  it(`keeps CSS within ${BUDGET.css / KB} KB on every page`, () => {
    expect(pages.filter((p) => p.weight.css > BUDGET.css).map((p) => `${p.page}: ${p.weight.css}`)).toEqual([]);
    expect(Math.min(...pages.map((p) => p.weight.css))).toBeGreaterThan(0);
  });

  it('ships no JavaScript on content pages', () => {
    expect(pages.filter((p) => !(p.template in ROUTES_WITH_ISLANDS) && p.weight.js > 0).map((p) => `${p.page}: ${p.weight.js}`)).toEqual(
      [],
    );
  });

  it(`keeps JavaScript before interaction within ${BUDGET.islandJs / KB} KB on pages with an island`, () => {
    expect(islandPages.filter((p) => p.weight.js > BUDGET.islandJs).map((p) => `${p.page}: ${p.weight.js}`)).toEqual([]);
  });

  it(`keeps the page shell (everything but <main>'s content) within ${BUDGET.shell / KB} KB of HTML`, () => {
    expect(pages.filter((p) => p.weight.shell > BUDGET.shell).map((p) => `${p.page}: ${p.weight.shell}`)).toEqual([]);
  });

  it(`keeps web fonts within ${BUDGET.fonts / KB} KB, and self-hosted`, () => {
    expect(pages.filter((p) => p.weight.fonts > BUDGET.fonts || p.weight.fonts === 0).map((p) => `${p.page}: ${p.weight.fonts}`)).toEqual(
      [],
    );
  });

  it('gives every image its size, so nothing shifts as it loads', () => {
    const unsized: string[] = [];
    let svgs = 0;
    for (const { page } of pages) {
      const $ = loadPage(page);
      $('img').each((_, img) => {
        if (!$(img).attr('width') || !$(img).attr('height')) unsized.push(`${page}: <img src="${$(img).attr('src')}">`);
      });
      // An inline SVG takes its height from its viewBox's proportions.
      $('svg').each((_, svg) => {
        svgs++;
        const hasBox = Boolean($(svg).attr('viewBox')) || Boolean($(svg).attr('width') && $(svg).attr('height'));
        if (!hasBox) unsized.push(`${page}: <svg class="${$(svg).attr('class') ?? ''}">`);
      });
    }
    expect(svgs).toBeGreaterThan(10);
    expect(unsized).toEqual([]);
  });
});
