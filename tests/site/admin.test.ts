/** The editing UI as built: its configuration is the one the schemas generate, and it stays out of the sitemap and the index. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { jsonSchemaOf } from '../../src/lib/schema/json-schema.ts';
import { collectionDefs } from '../../src/schemas/index.ts';
import { distDir } from '../support/dist.ts';

const built = (file: string) => parse(readFileSync(path.join(distDir, file), 'utf8')) as { backend: { name: string }; collections: { name: string; fields?: unknown }[] };

describe('/admin/', () => {
  it('is configured from the schemas, field for field', () => {
    const { plans: _plans, ...editable } = collectionDefs;
    const expected = cmsConfig(editable, (def) => jsonSchemaOf(def.schema), { contentDir: 'content', backend: {}, displayField: () => '', editable: (c) => c in editable }).config;
    const config = built('admin/config.yml');
    expect(config.collections.map((c) => c.name)).toEqual(expected.collections.map((c) => c.name));
    const names = (fields: unknown) => (fields as { name: string }[] | undefined)?.map((f) => f.name);
    for (const c of expected.collections) expect(names(config.collections.find((x) => x.name === c.name)!.fields), c.name).toEqual(names(c['fields']));
  });

  it('commits to the locality\'s repository, and practises in the browser only', () => {
    expect(built('admin/config.yml').backend).toMatchObject({ name: 'github', repo: 'vi-du/cong-minh-bach-hung-yen', branch: 'main' });
    expect(built('admin/tap-dung/config.yml').backend).toEqual({ name: 'test-repo' });
  });

  it('stays out of the sitemap and the search index', () => {
    const sitemaps = readdirSync(distDir).filter((n) => /^sitemap.*\.xml$/.test(n));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const s of sitemaps) expect(readFileSync(path.join(distDir, s), 'utf8')).not.toContain('/admin');
    const fragments = readdirSync(path.join(distDir, 'pagefind', 'fragment'));
    expect(fragments.length).toBeGreaterThan(100);
    expect(fragments.some((f) => gunzipSync(readFileSync(path.join(distDir, 'pagefind', 'fragment', f))).toString('utf8').includes('/admin/'))).toBe(false);
  });
});
