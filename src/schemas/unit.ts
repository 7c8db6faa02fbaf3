import { z } from 'astro/zod';
import { email, localDate, phone, ref, text, url, choice, publication, sampleFlag } from './fields.ts';

/** Kinds of organisation, with the Vietnamese label shown to citizens. */
export const unitKinds = {
  'uy-ban': 'Ủy ban nhân dân',
  'hoi-dong': 'Hội đồng nhân dân',
  'van-phong': 'Văn phòng',
  phong: 'Phòng chuyên môn',
  'trung-tam': 'Trung tâm, đơn vị sự nghiệp',
  'mat-tran': 'Mặt trận Tổ quốc',
  'doan-the': 'Tổ chức chính trị - xã hội',
  'co-quan-tinh': 'Cơ quan cấp tỉnh',
  'co-quan-nganh-doc': 'Cơ quan ngành dọc',
  'co-quan-dang': 'Cơ quan Đảng',
  /** A group named collectively in documents ("UBND các phường, xã"), so its tasks can be listed. */
  nhom: 'Nhóm cơ quan, đơn vị',
} as const;

/** Levels of government. "huyen" exists only for records from before 1 July 2025. */
export const unitLevels = {
  tinh: 'Cấp tỉnh',
  huyen: 'Cấp huyện (đã bỏ từ 01/07/2025)',
  xa: 'Cấp xã',
} as const;

export const unitSchema = z.strictObject({
  /** Full official name, as it appears on documents. */
  name: text.meta({ title: 'Tên đầy đủ' }),
  /** Short name used in tables ("Phòng Nội vụ"). */
  shortName: text.optional().meta({ title: 'Tên ngắn' }),
  /** Other spellings found in source documents, used to match them to this unit. */
  aliases: z.array(text).default([]).meta({ title: 'Tên gọi khác trong văn bản' }),
  kind: choice(unitKinds).meta({ title: 'Loại đơn vị' }),
  level: choice(unitLevels).meta({ title: 'Cấp' }),
  /** The unit this one belongs to (a phòng belongs to its Ủy ban). */
  parent: ref.optional().meta({ title: 'Trực thuộc' }),
  /** The ward or commune it serves, for commune-level units. */
  area: ref.optional().meta({ title: 'Địa bàn' }),
  /** Set when the unit no longer exists. */
  dissolvedOn: localDate.optional().meta({ title: 'Ngày chấm dứt hoạt động' }),
  /** Units that took over its work, when known. */
  successors: z.array(ref).default([]).meta({ title: 'Cơ quan kế thừa' }),
  /** Why and how the successors were determined (the legal basis). */
  successionNote: text.optional().meta({ title: 'Ghi chú về kế thừa' }),
  address: text.optional().meta({ title: 'Địa chỉ' }),
  phone: phone.optional().meta({ title: 'Điện thoại' }),
  email: email.optional().meta({ title: 'Thư điện tử' }),
  website: url.optional().meta({ title: 'Trang thông tin' }),
  /** One or two sentences on what the unit does. */
  description: text.optional().meta({ title: 'Chức năng, nhiệm vụ' }),
  /** True when contacts are illustrative, not the unit's real ones. */
  sample: sampleFlag,
  en: z
    .strictObject({
      name: text.meta({ title: 'Tên tiếng Anh' }),
      description: text.optional().meta({ title: 'Mô tả tiếng Anh' }),
    })
    .optional()
    .meta({ title: 'Tiếng Anh' }),
  ...publication,
});

export type Unit = z.infer<typeof unitSchema>;
