/**
 * Every page carries its Content Security Policy, and the policy allows exactly what the page runs: a hash
 * for each inline script and style, no 'unsafe-inline', no inline style attributes.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type * as cheerio from 'cheerio';
import { htmlPages, loadPage } from '../support/dist.ts';

const pages = htmlPages();
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function policyOf($: cheerio.CheerioAPI): Map<string, string[]> {
  const content = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('Content Security Policy in every page', () => {
  it('covers the whole site', () => {
    expect(pages.length).toBeGreaterThan(300);
  });

  it.each(pages)('%s: a strict policy that hashes each inline script and style', (page) => {
    const $ = loadPage(page);
    const policy = policyOf($);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    const scripts = policy.get('script-src') ?? [];
    const styles = policy.get('style-src') ?? [];
    expect([...scripts, ...styles]).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    $('script:not([src]):not([type="application/ld+json"])').each((_, s) => expect(scripts).toContain(sha256($(s).html() ?? '')));
    $('style').each((_, s) => expect(styles).toContain(sha256($(s).html() ?? '')));
    expect($('[style]').length).toBe(0);
  });
});
