import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsField } from '../../src/lib/cms/config.ts';
import { jsonSchemaOf } from '../../src/lib/schema/json-schema.ts';
import { selfHost } from '../../src/lib/cms/self-host.ts';
import { collectionDefs, editableCollections as editable, type CollectionName } from '../../src/collections.ts';

const { config, skipped } = cmsConfig(collectionDefs, (def) => jsonSchemaOf(def.schema), {
  contentDir: 'content',
  backend: { name: 'test-repo' },
});
const collection = (name: CollectionName) => config.collections.find((c) => c.name === name)!;
const field = (fields: unknown, name: string) => (fields as CmsField[]).find((f) => f.name === name)!;

describe('editing UI configuration from the schemas', () => {
  it('offers every collection but the imported plans, where the files are', () => {
    expect(config.collections.map((c) => c.name).sort()).toEqual(Object.keys(editable).sort());
    expect(config.collections.map((c) => c.name)).not.toContain('plans');
    expect(collection('notices')).toMatchObject({ label: 'Thông báo', folder: 'content/notices', extension: 'md', format: 'frontmatter' });
    expect(collection('receptions')).toMatchObject({ folder: 'content/reception', extension: 'yaml', format: 'yaml' });
    expect((collection('locality')['files'] as { file: string }[])[0]!.file).toBe('content/locality.yaml');
  });

  it('gives every top-level field of every schema an editor, with its Vietnamese label, except the few listed', () => {
    for (const [name, def] of Object.entries(editable)) {
      const props = Object.keys(jsonSchemaOf(def.schema).properties ?? {});
      const fields = (collection(name as CollectionName)['fields'] ??
        (collection(name as CollectionName)['files'] as { fields: CmsField[] }[])[0]!.fields) as CmsField[];
      const missing = props.filter((p) => !fields.some((f) => f.name === p));
      expect(missing, name).toEqual((skipped[name] ?? []).filter((s) => !s.includes('.')));
      for (const f of fields) expect(f.label, `${name}.${f.name}`).not.toBe(f.name === 'body' ? '' : f.name);
    }
    expect(skipped).toEqual({ procedures: ['factChecks'], forms: ['factChecks'], obligations: ['fulfilledBy.where'] });
  });

  it('marks required fields, offers choices with their labels, dates as dates and references as lookups', () => {
    const fields = collection('budgets')['fields'];
    expect(field(fields, 'title')).toMatchObject({ widget: 'string', required: true, label: 'Tiêu đề' });
    // A reference shows and searches the field the manifest names for its collection.
    expect(field(fields, 'area')).toMatchObject({
      widget: 'relation',
      collection: 'areas',
      required: false,
      search_fields: ['name'],
      display_fields: ['name'],
    });
    expect(field(fields, 'issuedOn')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'DD/MM/YYYY',
      time_format: false,
    });
    expect(field(fields, 'budgetKind')['options']).toContainEqual({ label: 'Quyết toán', value: 'quyet-toan' });
    expect(field(fields, 'draft')).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(field(fields, 'body')).toMatchObject({ widget: 'markdown' });
    const successors = field(collection('units')['fields'], 'successors');
    expect(successors).toMatchObject({ widget: 'relation', collection: 'units', multiple: true });
    expect(field(collection('planProgress')['fields'], 'plan')).toMatchObject({ widget: 'string' });
  });
});

describe('the editing UI served from the site', () => {
  it('points every CDN address of the pinned bundle home, lets readers zoom, and refuses a bundle it does not recognise', () => {
    const out = selfHost(
      readFileSync(path.join(path.dirname(fileURLToPath(import.meta.resolve('@sveltia/cms'))), '..', 'dist', 'sveltia-cms.js'), 'utf8'),
    );
    // Compared as lists and booleans: a failure must not print the 2 MB bundle.
    expect(out.match(/https:\/\/(unpkg\.com|cdn\.jsdelivr\.net)[^\s`'")]*/g) ?? []).toEqual([]);
    expect(out.includes('`/admin/cms`')).toBe(true);
    expect(out.includes('maximum-scale=1')).toBe(false);
    expect(() => selfHost('no cdn here')).toThrow(/cập nhật src\/lib\/cms\/self-host.ts/);
    // A CDN address no rewrite knows, as a library upgrade could add, stops the build.
    expect(() => selfHost(out.replace('`/admin/cms`', '`https://esm.sh/x`'), [])).toThrow(/còn địa chỉ CDN "https:\/\/esm.sh\/x"/);
  });
});
