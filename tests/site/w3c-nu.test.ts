/**
 * Every file of the built site (the editing UI too) passes the W3C Nu HTML Checker, which knows the HTML
 * standard's content models where html-validate does not. One run over the whole dist/ takes seconds.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir } from '../support/dist.ts';
import { formatNuMessage, nuErrors, type NuMessage } from '../support/nu-checker.ts';

// A page with the mistake Astro used to make: proves the checker ran and that its report is read.
const fixtureDir = path.resolve('tests/fixtures/invalid-html');
const inFixture = (m: NuMessage) => m.file.startsWith(fixtureDir + path.sep);

// One run for both tests, started by whichever comes first, so a missing Java fails each test (not a hook
// whose failure reads as "skipped").
let report: NuMessage[] | undefined;
function messages(): NuMessage[] {
  assertBuilt();
  report ??= nuErrors([distDir, fixtureDir]);
  return report;
}

describe('the W3C Nu HTML Checker', () => {
  it('reports a style element in body on the deliberately invalid page, with its line', () => {
    expect(
      messages()
        .filter(inFixture)
        .map((m) => formatNuMessage(m, fixtureDir)),
    ).toEqual(['/:6:1: A “style” element in “body” must be the first child of its parent.']);
  });

  it('finds no error in any page of dist/', () => {
    const site = messages()
      .filter((m) => !inFixture(m))
      .map((m) => formatNuMessage(m, distDir));
    expect(site.sort()).toEqual([]);
  });
});
