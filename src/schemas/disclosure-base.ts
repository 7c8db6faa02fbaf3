import { z } from 'astro/zod';
import { localDate, ref, text, publication, sampleFlag } from './fields.ts';

/** A file served by the site, kept under content/files/. */
export const attachmentSchema = z.strictObject({
  /** Path under content/files/, e.g. "budgets/du-toan-2023-pho-hien.pdf". */
  file: z
    .string()
    .regex(/^[a-z0-9][a-z0-9\-_/.]*\.(pdf|docx|xlsx|csv|jpg|png)$/, {
      error: 'đường dẫn tệp trong content/files/, chữ thường không dấu, đuôi pdf, docx, xlsx, csv, jpg hoặc png',
    })
    .meta({ title: 'Tệp' }),
  title: text.meta({ title: 'Tên tệp hiển thị' }),
});

/**
 * Fields every public disclosure shares (Decree 42/2022: number, issuer, dates, summary, file), whatever
 * its kind. Each kind's schema extends this one.
 */
export const disclosureBase = z.strictObject({
  title: text.meta({ title: 'Tiêu đề' }),
  /** One or two sentences: what this is and why it matters to residents. */
  summary: text.meta({ title: 'Tóm tắt' }),
  issuingAuthority: ref.meta({ title: 'Cơ quan ban hành' }),
  /** The ward or commune it concerns; absent for the whole locality. */
  area: ref.optional().meta({ title: 'Địa bàn' }),
  issuedOn: localDate.meta({ title: 'Ngày ban hành' }),
  publishedOn: localDate.meta({ title: 'Ngày đăng' }),
  /** The period it must stay posted (niêm yết), when the law sets one. */
  postingPeriod: z
    .strictObject({ from: localDate.meta({ title: 'Từ ngày' }), to: localDate.meta({ title: 'Đến ngày' }) })
    .optional()
    .meta({ title: 'Thời gian niêm yết' }),
  attachments: z.array(attachmentSchema).default([]).meta({ title: 'Tệp đính kèm' }),
  /** Obligations (content/obligations) this item fulfils, besides those its kind fulfils anyway. */
  obligations: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .default([])
    .meta({ title: 'Nghĩa vụ công khai đáp ứng' }),
  /** True for illustrative records; pages say so. */
  sample: sampleFlag,
  ...publication,
});

export type DisclosureBase = z.infer<typeof disclosureBase>;
