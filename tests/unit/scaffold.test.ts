import { describe, expect, it } from 'vitest';
import { scaffoldRecord, scaffoldValue, type ScaffoldContext } from '../../src/lib/content/scaffold.ts';
import { jsonSchemaOf } from '../../src/lib/schema/json-schema.ts';
import { collectionDefs } from '../../src/collections.ts';

const ctx: ScaffoldContext = {
  today: '2026-11-29',
  reference: (path) => (path.join('.') === 'issuingAuthority' ? 'ubnd-phuong-pho-hien' : undefined),
  phone: '0221 3000 100',
  email: 'lienhe@example.org',
  url: 'https://example.org/',
};

describe('scaffolds from the schema', () => {
  it('fills a notice with today, a real unit, placeholders and draft', () => {
    const record = scaffoldRecord(jsonSchemaOf(collectionDefs.notices.schema), ctx);
    expect(record).toEqual({
      title: '[Tiêu đề]',
      summary: '[Tóm tắt]',
      issuingAuthority: 'ubnd-phuong-pho-hien',
      issuedOn: '2026-11-29',
      publishedOn: '2026-11-29',
      draft: true,
    });
  });

  it('leaves out fields that have defaults, uses null where allowed, the year where a year is asked, examples where given', () => {
    const procedure = scaffoldRecord(jsonSchemaOf(collectionDefs.procedures.schema), ctx);
    expect(procedure['code']).toBeNull();
    expect(procedure).not.toHaveProperty('factChecks');
    expect(scaffoldValue({ type: 'integer', minimum: 2000, maximum: 2100, title: 'Năm ngân sách' }, ctx, ['fiscalYear'])).toBe(2026);
    expect(scaffoldValue({ type: 'string', pattern: '^[a-z]', examples: ['hoTen'] }, ctx)).toBe('hoTen');
    expect(scaffoldValue({ type: 'array', minItems: 2, items: { type: 'string', format: 'phone' } }, ctx)).toEqual([
      '0221 3000 100',
      '0221 3000 100',
    ]);
  });
});
