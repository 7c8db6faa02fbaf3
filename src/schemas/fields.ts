import { z } from 'astro/zod';
import './errors.ts';
import { isRealIsoDate } from '../lib/dates.ts';

/** A calendar date in Vietnam, written YYYY-MM-DD. YAML parsers may hand us a Date: it is turned back into text. */
export const localDate = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'phải là ngày có thật, viết dạng NNNN-TT-NN (ví dụ 2023-02-08)' })
      .refine(isRealIsoDate, { error: 'phải là ngày có thật, viết dạng NNNN-TT-NN (ví dụ 2023-02-08)' }),
  )
  // "format" tells the editing UI and the scaffolds that this is a date.
  .meta({ format: 'date' });

/** Identifiers used in addresses and references: lower-case Latin letters, digits and hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ phong-noi-vu)' });

/** A reference to an entry of another collection, checked by lib/content/check.ts. */
export const ref = slug;

/** Vietnamese phone numbers as people write them: 10 digits starting with 0, or a short hotline, spaces and dots allowed. */
export const phone = z
  .preprocess(
    // A number written without quotes arrives as a number (and loses a leading 0): check it as text.
    (v) => (typeof v === 'number' ? String(v) : v),
    z.string().refine((v) => /^(0\d{9,10}|1\d{3,4}|1[89]00\d{4,6})$/.test(v.replace(/[\s.]/g, '')), {
      error: 'số điện thoại không hợp lệ (viết đủ số 0 ở đầu, ví dụ 0221 3862 000, hoặc số ngắn như 1022)',
    }),
  )
  .meta({ format: 'phone' });

export const email = z.email();

export const url = z.url({ protocol: /^https?$/ });

/** Non-empty text. Whitespace at either end is ignored. */
export const text = z.string().trim().min(1);

/**
 * Drafts and scheduled publication, for every kind of record editors write. A draft, or a record whose
 * publishAt is after the build date, is checked like any other but kept out of every output.
 */
export const publication = {
  draft: z.boolean().default(false).meta({ title: 'Bản nháp (chưa công bố)' }),
  publishAt: localDate.optional().meta({ title: 'Công bố từ ngày' }),
};

/**
 * One of a fixed set of values, each with its Vietnamese label. The labels travel with the schema (as
 * "x-labels" in its JSON Schema) so the editing UI shows the same words as the site.
 */
export function choice<const M extends Record<string, string>>(labels: M) {
  return z.enum(Object.keys(labels) as [keyof M & string, ...(keyof M & string)[]]).meta({ 'x-labels': labels });
}

/**
 * True for a sample record (demo content, names and figures made up): every page, feed, calendar and
 * open-data row built from it says "Dữ liệu mẫu". The description reaches the open-data JSON Schema.
 */
export const sampleFlag = z.boolean().default(false).meta({
  title: 'Dữ liệu mẫu',
  description: 'true: bản ghi mẫu để minh họa cách cổng hoạt động, không phải thông tin thật của cơ quan; false: thông tin thật.',
});
