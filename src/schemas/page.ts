import { z } from 'astro/zod';
import { localDate, ref, slug, text, publication, choice, sampleFlag } from './fields.ts';

/** Free-standing pages written in Markdown: about, accessibility statement, section introductions, English pages. */
export const pageSchema = z.strictObject({
  title: text.meta({ title: 'Tiêu đề' }),
  /** One sentence for search results and link previews. */
  description: text.meta({ title: 'Mô tả ngắn' }),
  /** Address of the page under the site root, e.g. "gioi-thieu" or "en/about". */
  path: z
    .string()
    .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, { error: 'địa chỉ trang chỉ gồm chữ thường không dấu, số, "-" và "/"' })
    .meta({ title: 'Địa chỉ trang', examples: ['trang-moi'] }),
  lang: choice({ vi: 'Tiếng Việt', en: 'Tiếng Anh' }).default('vi').meta({ title: 'Ngôn ngữ' }),
  /** The unit responsible for the page's content. */
  issuingAuthority: ref.meta({ title: 'Cơ quan chịu trách nhiệm' }),
  updated: localDate.meta({ title: 'Ngày cập nhật' }),
  sample: sampleFlag,
  ...publication,
  /** Optional short label for breadcrumbs and menus. */
  shortTitle: text.optional().meta({ title: 'Tiêu đề ngắn' }),
  /** Key of another page this one translates (for the language switch). */
  translationOf: slug.optional().meta({ title: 'Bản dịch của trang' }),
});

export type Page = z.infer<typeof pageSchema>;
