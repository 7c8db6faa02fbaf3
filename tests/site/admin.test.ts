/** The editing UI as built: its configuration is the one the schemas generate, and it stays out of the sitemap and the index. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { jsonSchemaOf } from '../../src/lib/schema/json-schema.ts';
import { editableCollections as editable } from '../../src/collections.ts';
import { distDir } from '../support/dist.ts';

const built = (file: string) =>
  parse(readFileSync(path.join(distDir, file), 'utf8')) as { backend: { name: string }; collections: { name: string; fields?: unknown }[] };

describe('/admin/', () => {
  it('is configured from the schemas, field for field', () => {
    const expected = cmsConfig(editable, (def) => jsonSchemaOf(def.schema), { contentDir: 'content', backend: {} }).config;
    const config = built('admin/config.yml');
    expect(config.collections.map((c) => c.name)).toEqual(expected.collections.map((c) => c.name));
    const names = (fields: unknown) => (fields as { name: string }[] | undefined)?.map((f) => f.name);
    for (const c of expected.collections)
      expect(names(config.collections.find((x) => x.name === c.name)!.fields), c.name).toEqual(names(c['fields']));
  });

  it("commits to the locality's repository, and practises in the browser only", () => {
    expect(built('admin/config.yml').backend).toMatchObject({ name: 'github', repo: 'vi-du/cong-minh-bach-hung-yen', branch: 'main' });
    expect(built('admin/tap-dung/config.yml').backend).toEqual({ name: 'test-repo' });
  });

  it('stays out of the sitemap and the search index', () => {
    const sitemaps = readdirSync(distDir).filter((n) => /^sitemap.*\.xml$/.test(n));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const s of sitemaps) expect(readFileSync(path.join(distDir, s), 'utf8')).not.toContain('/admin');
    const fragments = readdirSync(path.join(distDir, 'pagefind', 'fragment'));
    expect(fragments.length).toBeGreaterThan(100);
    expect(
      fragments.some((f) =>
        gunzipSync(readFileSync(path.join(distDir, 'pagefind', 'fragment', f)))
          .toString('utf8')
          .includes('/admin/'),
      ),
    ).toBe(false);
  });
});

/** The directives of a page's <meta> policy. */
function policyOf(file: string): Map<string, string[]> {
  const $ = cheerio.load(readFileSync(path.join(distDir, file), 'utf8'));
  const content = $('meta[http-equiv="content-security-policy" i]').attr('content') ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

describe("/admin/ holds the editor's git token and runs only the site's own code", () => {
  it.each(['admin/index.html', 'admin/tap-dung/index.html'])(
    "%s: a script-src of the site's own files, no CDN, no inline or eval",
    (file) => {
      const policy = policyOf(file);
      const scripts = policy.get('script-src');
      expect(scripts, 'script-src').toBeDefined();
      // Only 'self' and hashes: no host, scheme or wildcard that would let code from elsewhere in.
      for (const source of scripts!) expect(source).toMatch(/^('self'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      const $ = cheerio.load(readFileSync(path.join(distDir, file), 'utf8'));
      expect($('script:not([src])').length, 'inline scripts').toBe(0);
      $('script[src]').each((_, el) => expect($(el).attr('src')).toMatch(/^\/admin\//));
    },
  );

  it('serves a bundle with no CDN address left to import code from, and zoom allowed', () => {
    const code = [
      readFileSync(path.join(distDir, 'admin/sveltia-cms.js'), 'utf8'),
      ...readdirSync(path.join(distDir, 'admin/chunks')).map((c) => readFileSync(path.join(distDir, 'admin/chunks', c), 'utf8')),
    ].join('\n');
    expect(
      code.match(
        /https:\/\/(unpkg\.com|cdn\.jsdelivr\.net|esm\.sh|esm\.run|cdnjs\.cloudflare\.com|cdn\.skypack\.dev|ga\.jspm\.io)[^\s"'`)]*/g,
      ) ?? [],
    ).toEqual([]);
    expect(code).not.toMatch(/maximum-scale=1|user-scalable=(no|0)/);
  });

  it('offers no code block in the markdown editor, whose highlighter would come from a CDN', () => {
    const bodies = built('admin/config.yml').collections.flatMap((c) =>
      ((c.fields ?? []) as { name: string; widget: string; editor_components?: string[] }[]).filter((f) => f.widget === 'markdown'),
    );
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) expect(body.editor_components).toEqual(['image']);
  });
});
