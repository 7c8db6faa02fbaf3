import { z } from 'astro/zod';
import { localDate, text, publication, choice } from './fields.ts';

export const fieldTypes = {
  text: 'Một dòng chữ',
  textarea: 'Nhiều dòng chữ',
  date: 'Ngày',
  number: 'Số',
  choice: 'Chọn một',
  checkbox: 'Đánh dấu',
} as const;

const formField = z
  .strictObject({
    /** ASCII camelCase, unique in the form. */
    id: z
      .string()
      .regex(/^[a-z][a-zA-Z0-9]*$/, { error: 'mã trường viết liền, không dấu, chữ đầu thường (ví dụ hoTen)' })
      .meta({ examples: ['hoTen'] }),
    label: text.meta({ title: 'Nhãn' }),
    type: choice(fieldTypes).meta({ title: 'Kiểu' }),
    required: z.boolean().default(false).meta({ title: 'Bắt buộc' }),
    help: text.optional().meta({ title: 'Hướng dẫn' }),
    options: z.array(text).optional().meta({ title: 'Các lựa chọn' }),
  })
  .refine((f) => f.type !== 'choice' || (f.options?.length ?? 0) >= 2, {
    error: 'trường "chọn một" cần ít nhất hai lựa chọn',
    path: ['options'],
  });

/**
 * A form defined once: its PDF, DOCX, HTML preview and in-browser filler all come from this definition.
 */
export const formSchema = z.strictObject({
  /** "Mẫu số 01" as printed on the official form; null when its number is not known. */
  code: text.nullable().default(null).meta({ title: 'Số hiệu mẫu' }),
  title: text.meta({ title: 'Tên biểu mẫu' }),
  legalBasis: z
    .strictObject({ number: text, title: text, issuer: text, date: localDate.nullable().default(null) })
    .meta({ title: 'Căn cứ ban hành mẫu' }),
  sections: z
    .array(z.strictObject({ title: text.meta({ title: 'Tên phần' }), fields: z.array(formField).min(1).meta({ title: 'Các trường' }) }))
    .min(1)
    .meta({ title: 'Các phần của mẫu' }),
  /** Who signs at the bottom ("Người yêu cầu"). */
  signatory: text.default('Người yêu cầu').meta({ title: 'Người ký' }),
  verified: z.boolean().meta({ title: 'Đã đối chiếu với mẫu chính thức' }),
  factChecks: z.record(z.string(), z.strictObject({ verified: z.boolean(), note: text })).default({}),
  notes: text.optional().meta({ title: 'Ghi chú' }),
  sources: z.array(text).min(1).meta({ title: 'Nguồn' }),
  updated: localDate.meta({ title: 'Ngày cập nhật' }),
  ...publication,
});

export type FormDefinition = z.infer<typeof formSchema>;
export type FormField = FormDefinition['sections'][number]['fields'][number];
