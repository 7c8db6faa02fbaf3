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

/** Whether the portal's form reproduces the official template word for word, or only helps the citizen prepare it. */
export const templateStatuses = {
  guide: 'Bản hướng dẫn (chưa đối chiếu được nguyên văn mẫu chính thức)',
  official: 'Mẫu chính thức (đã đối chiếu nguyên văn)',
} as const;

/** Where the citizen gets the official form, unless a record says more precisely. */
export const DEFAULT_OFFICIAL_FORM_AT =
  'Bộ phận một cửa (Trung tâm Phục vụ hành chính công) của phường, xã nơi nộp hồ sơ, hoặc trang thủ tục trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)';

/** The legal document that prescribes the official template, as the citizen reads it in the citation. */
const prescribingDocument = z
  .strictObject({
    kind: text.meta({ title: 'Loại văn bản', examples: ['Thông tư'] }),
    number: text.meta({ title: 'Số văn bản', examples: ['04/2024/TT-BTP'] }),
    issuer: text.meta({ title: 'Cơ quan ban hành', examples: ['Bộ Tư pháp'] }),
    date: localDate.nullable().default(null).meta({ title: 'Ngày ban hành' }),
    /** The annex or article that holds the form ("Phụ lục I"). */
    provision: text.nullable().default(null).meta({ title: 'Phụ lục, điều' }),
    /** "Mẫu số 15" as printed on the official form; null when the form is known by its title only or its number is not settled. */
    formCode: text.nullable().default(null).meta({ title: 'Số hiệu mẫu chính thức' }),
    /** How a later document replaced or amended the form, as printed after the citation. */
    amendment: text.nullable().default(null).meta({ title: 'Sửa đổi, thay thế' }),
  })
  .meta({ title: 'Văn bản ban hành mẫu chính thức' });

/**
 * A form defined once: its PDF, DOCX, HTML preview and in-browser filler all come from this definition.
 * A guide says so on the page and in its files, with where to get the official form; an official form
 * prints the citation of the document that prescribes it.
 */
export const formSchema = z
  .strictObject({
    title: text.meta({ title: 'Tên biểu mẫu' }),
    status: choice(templateStatuses).meta({ title: 'Loại biểu mẫu' }),
    /** Null unless settled: a guide prints "Mẫu chính thức do … ban hành …" only when the prescribing document is certain. */
    prescribedBy: prescribingDocument.nullable().default(null),
    officialFormAt: text.default(DEFAULT_OFFICIAL_FORM_AT).meta({ title: 'Nơi lấy mẫu chính thức' }),
    sections: z
      .array(z.strictObject({ title: text.meta({ title: 'Tên phần' }), fields: z.array(formField).min(1).meta({ title: 'Các trường' }) }))
      .min(1)
      .meta({ title: 'Các phần của mẫu' }),
    /** Who signs at the bottom ("Người yêu cầu"). */
    signatory: text.default('Người yêu cầu').meta({ title: 'Người ký' }),
    factChecks: z.record(z.string(), z.strictObject({ verified: z.boolean(), note: text })).default({}),
    notes: text.optional().meta({ title: 'Ghi chú' }),
    sources: z.array(text).min(1).meta({ title: 'Nguồn' }),
    updated: localDate.meta({ title: 'Ngày cập nhật' }),
    ...publication,
  })
  .refine((f) => f.status !== 'official' || f.prescribedBy !== null, {
    error: 'mẫu chính thức cần văn bản ban hành mẫu',
    path: ['prescribedBy'],
  });

export type FormDefinition = z.infer<typeof formSchema>;
export type FormField = FormDefinition['sections'][number]['fields'][number];
/** What the PDF and DOCX print, and all the in-browser filler receives: no research field reaches the browser. */
export type PrintedForm = Pick<FormDefinition, 'title' | 'status' | 'prescribedBy' | 'sections' | 'signatory'>;
/** Only the printed fields: a page hands this to the filler island, whose props are written into the HTML. */
export const printedForm = (form: FormDefinition): PrintedForm => ({
  title: form.title,
  status: form.status,
  prescribedBy: form.prescribedBy,
  sections: form.sections,
  signatory: form.signatory,
});
export type PrescribingDocument = NonNullable<FormDefinition['prescribedBy']>;
