import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { htmlPages, readPage } from '../support/dist.ts';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro's HTML compression writes void elements without a closing slash and collapses whitespace,
      // both valid HTML; these style rules only object to the formatting.
      'void-style': 'off',
      'no-trailing-whitespace': 'off',
      'valid-id': ['error', { relaxed: true }],
      // React renders <option selected=""> for a controlled <select>; the empty value is valid HTML.
      'attribute-boolean-style': 'off',
      // Official names of units and documents often exceed 70 characters; shortening them would misname them.
      'long-title': 'off',
    },
  }),
);

describe('every built page is valid HTML', () => {
  const pages = htmlPages();
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });
  it.each(pages)('%s', async (page) => {
    const report = await validator.validateString(readPage(page), page);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
