import { z } from 'astro/zod';
import { localDate, ref, text, choice, publication } from './fields.ts';

export const areaKinds = {
  phuong: 'Phường',
  xa: 'Xã',
  'thi-tran': 'Thị trấn',
} as const;

export const areaSchema = z.strictObject({
  /** Name without its kind: "Phố Hiến", not "Phường Phố Hiến". */
  name: text.meta({ title: 'Tên' }),
  kind: choice(areaKinds).meta({ title: 'Loại' }),
  /** Official five-digit administrative code (mã đơn vị hành chính), when verified against the national list. */
  code: z
    .string()
    .regex(/^\d{5}$/, { error: 'mã đơn vị hành chính gồm 5 chữ số' })
    .optional()
    .meta({ title: 'Mã đơn vị hành chính' }),
  /** The province or former district it belongs (or belonged) to. */
  parentName: text.meta({ title: 'Thuộc' }),
  /** Date the unit came into being in its present form. */
  establishedOn: localDate.optional().meta({ title: 'Ngày thành lập' }),
  /** Former units merged into this one. */
  formedFrom: z.array(ref).default([]).meta({ title: 'Hình thành từ' }),
  /** Set when the unit no longer exists. */
  dissolvedOn: localDate.optional().meta({ title: 'Ngày chấm dứt' }),
  /** The unit that took over its territory. */
  mergedInto: ref.optional().meta({ title: 'Nay thuộc' }),
  /** The resolution that created or merged it. */
  legalBasis: text.optional().meta({ title: 'Căn cứ pháp lý' }),
  /** The commune-level people's committee of this area, in the units list. */
  committee: ref.optional().meta({ title: 'Ủy ban nhân dân' }),
  /** False while a fact above (names merged, dates) has not been checked against the resolution's text. */
  verified: z.boolean().default(false).meta({ title: 'Đã đối chiếu văn bản' }),
  ...publication,
});

export type Area = z.infer<typeof areaSchema>;
