/**
 * Editors' notes never reach an output: the manifest's `internal` fields name real fields of each schema, and
 * stripInternal removes exactly those paths (list elements and record values through "*"), nothing else.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collectionDefs, type CollectionName } from '../../src/collections.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { publicContent, stripInternal } from '../../src/lib/content/internal.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const names = Object.keys(collectionDefs) as CollectionName[];

/** The schema at a dotted path ("*" for a list's elements or a record's values), or undefined when none. */
function schemaAt(schema: z.ZodType, segments: string[]): z.ZodType | undefined {
  let current: z.ZodType = schema;
  for (const segment of segments) {
    while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
      current = current.unwrap() as z.ZodType;
    }
    if (segment === '*') {
      if (current instanceof z.ZodArray) current = current.element as z.ZodType;
      else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
      else return undefined;
    } else if (current instanceof z.ZodObject) {
      const field = current.shape[segment] as z.ZodType | undefined;
      if (!field) return undefined;
      current = field;
    } else return undefined;
  }
  return current;
}

/** Every leaf of a value as a dotted path with its list indexes and record keys. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return [prefix];
  return entries.flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

const matches = (leaf: string, pattern: string) => {
  const l = leaf.split('.');
  const p = pattern.split('.');
  return l.length >= p.length && p.every((s, i) => s === '*' || s === l[i]);
};

const record = {
  name: 'Đăng ký khai sinh',
  notes: 'Ghi chú của người soạn',
  sources: ['Cổng Dịch vụ công quốc gia'],
  factChecks: { processingTime: { verified: false, note: 'chưa tìm được căn cứ' }, code: { verified: true, note: 'khớp' } },
  fees: [
    { name: 'Lệ phí', amount: null, verified: false, note: 'mức thu của tỉnh chưa tìm được' },
    { name: 'Phí bản sao', amount: 8000, verified: true },
  ],
  legalBases: [{ number: '04/2020/TT-BTP', verified: true, note: 'đã xem' }],
  dossier: [{ name: 'Tờ khai', notes: 'Bản chính' }],
};

describe("editors' notes", () => {
  it('removes exactly the declared paths, through list elements and record values', () => {
    const paths = collectionDefs.procedures.internal;
    const stripped = stripInternal(record, paths);
    expect(stripped).toEqual({
      name: 'Đăng ký khai sinh',
      factChecks: { processingTime: { verified: false }, code: { verified: true } },
      fees: [
        { name: 'Lệ phí', amount: null, verified: false },
        { name: 'Phí bản sao', amount: 8000, verified: true },
      ],
      legalBases: [{ number: '04/2020/TT-BTP', verified: true }],
      dossier: [{ name: 'Tờ khai', notes: 'Bản chính' }],
    });
    // The record given is left as it was.
    expect(record.fees[0]).toHaveProperty('note');
    expect(record.sources).toHaveLength(1);
  });

  it.each(names.filter((n) => collectionDefs[n].internal.length > 0))('%s: every internal path is a field of the schema', (name) => {
    for (const p of collectionDefs[name].internal) {
      expect(p.endsWith('*'), p).toBe(false);
      expect(schemaAt(collectionDefs[name].schema, p.split('.')), `${name}: ${p}`).toBeDefined();
    }
  });

  it('leaves no internal field in the content the site reads, and every other field as it was', () => {
    const { content } = checkContent(path.join(repo, 'content'));
    const published = publicContent(content);
    let removed = 0;
    for (const name of names) {
      const internal = collectionDefs[name].internal;
      content[name].forEach((entry, i) => {
        const before = leafPaths(entry.data);
        const after = leafPaths(published[name][i]!.data);
        expect(
          after.filter((leaf) => internal.some((p) => matches(leaf, p))),
          `${name}/${entry.id}`,
        ).toEqual([]);
        expect(after, `${name}/${entry.id}`).toEqual(before.filter((leaf) => !internal.some((p) => matches(leaf, p))));
        removed += before.length - after.length;
      });
    }
    // The bundled content has research notes: a strip that removed nothing would pass the two checks above.
    expect(removed).toBeGreaterThan(0);
  });
});
