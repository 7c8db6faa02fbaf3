import { z } from 'astro/zod';
import { choice, email, phone, ref, text, url, sampleFlag } from './fields.ts';

/** The deployment's own settings: another ward or commune runs the kit by editing this file. */
export const localitySchema = z.strictObject({
  /** Short name shown in the header ("Hưng Yên"). */
  name: text.meta({ title: 'Tên địa phương' }),
  /** One line under the name: what the portal covers. */
  tagline: text.meta({ title: 'Dòng giới thiệu' }),
  /** What territory the portal covers, in a sentence or two. */
  scope: text.meta({ title: 'Phạm vi' }),
  province: text.meta({ title: 'Tỉnh, thành phố' }),
  /**
   * How the province itself was reorganised (a merger of provinces), with the resolution: number, date, issuer.
   * Shown on the home page and the areas pages, next to the commune-level changes of content/areas/.
   */
  provinceReorganisation: text.optional().meta({ title: 'Sắp xếp đơn vị hành chính cấp tỉnh' }),
  /** The unit that runs the portal (its content and contacts). */
  operator: ref.meta({ title: 'Cơ quan quản lý cổng' }),
  /**
   * The one-stop desk (Bộ phận một cửa) residents ask when a fact of a procedure is not settled: procedure
   * pages name it, with its phone and the working hours below.
   */
  oneStopDesk: ref.optional().meta({ title: 'Bộ phận một cửa' }),
  /** The public address of the deployed site, used in sitemaps, feeds and QR codes. */
  siteUrl: url.meta({ title: 'Địa chỉ trang web' }),
  address: text.meta({ title: 'Địa chỉ' }),
  hotline: phone.meta({ title: 'Đường dây nóng' }),
  phone: phone.optional().meta({ title: 'Điện thoại' }),
  email: email.meta({ title: 'Thư điện tử' }),
  workingHours: text.meta({ title: 'Giờ làm việc' }),
  /** Where residents send feedback online: the national system on the National Public Service Portal. */
  feedbackUrl: url.default('https://dichvucong.gov.vn/').meta({ title: 'Địa chỉ gửi phản ánh, kiến nghị trực tuyến' }),
  /** The git repository the editing UI (/admin) commits to when used online; offline it works on a local clone. */
  editingRepo: z
    .strictObject({
      backend: choice({ github: 'GitHub', gitlab: 'GitLab', gitea: 'Gitea / Forgejo' }).meta({ title: 'Dịch vụ lưu trữ' }),
      repo: z
        .string()
        .regex(/^[\w.-]+\/[\w.-]+$/, { error: 'dạng <chủ sở hữu>/<tên kho>, ví dụ ubnd-phuong/cong-thong-tin' })
        .meta({ title: 'Kho mã' }),
      branch: text.default('main').meta({ title: 'Nhánh' }),
      baseUrl: url.optional().meta({ title: 'Địa chỉ máy chủ (nếu tự cài)' }),
    })
    .optional()
    .meta({ title: 'Kho nội dung cho trang biên tập' }),
  /** True while the contacts above are illustrative. */
  sample: sampleFlag,
  en: z
    .strictObject({
      name: text.meta({ title: 'Tên tiếng Anh' }),
      tagline: text.meta({ title: 'Dòng giới thiệu tiếng Anh' }),
      address: text.meta({ title: 'Địa chỉ tiếng Anh' }),
      workingHours: text.meta({ title: 'Giờ làm việc tiếng Anh' }),
    })
    .meta({ title: 'Tiếng Anh' }),
});

export type Locality = z.infer<typeof localitySchema>;
