import { z } from 'astro/zod';
import { localDate, phone, ref, slug, text, publication, choice, sampleFlag } from './fields.ts';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'giờ viết dạng HH:MM, ví dụ 07:30' });

export const eventKinds = { 'tiep-cong-dan': 'Tiếp công dân', 'doi-thoai': 'Đối thoại' } as const;
export const shiftRules = {
  'next-working-day': 'chuyển sang ngày làm việc tiếp theo',
  'previous-working-day': 'chuyển lên ngày làm việc liền trước',
  skip: 'không tổ chức',
} as const;

const official = z.strictObject({
  name: text.meta({ title: 'Họ tên' }),
  title: text.meta({ title: 'Chức vụ' }),
  /** Work phone of the receiving office: never a personal number. */
  phone: phone.optional().meta({ title: 'Điện thoại cơ quan' }),
});

/**
 * A reception schedule (lịch tiếp công dân) or a dialogue (đối thoại): a recurring rule and/or one-off
 * sessions, with postponements and cancellations. Dates are computed against the working-day calendar.
 */
export const receptionSchema = z.strictObject({
  kind: choice(eventKinds).default('tiep-cong-dan').meta({ title: 'Loại' }),
  title: text.meta({ title: 'Tên lịch' }),
  /** The unit receiving citizens (and publishing the schedule). */
  unit: ref.meta({ title: 'Đơn vị tiếp' }),
  official: official.meta({ title: 'Người tiếp' }),
  place: text.meta({ title: 'Địa điểm' }),
  start: time.meta({ title: 'Giờ bắt đầu', examples: ['07:30'] }),
  end: time.meta({ title: 'Giờ kết thúc', examples: ['11:00'] }),
  topics: z.array(text).default([]).meta({ title: 'Nội dung' }),
  /** Participants of a dialogue (Mặt trận Tổ quốc, tổ chức chính trị - xã hội…). */
  participants: z.array(text).default([]).meta({ title: 'Thành phần tham dự' }),
  recurrence: z
    .strictObject({
      /** As residents read it: "ngày 15 hằng tháng", "thứ Năm hằng tuần". */
      description: text.meta({ title: 'Mô tả' }),
      /** RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=TH or FREQ=MONTHLY;BYMONTHDAY=15. */
      rule: z
        .string()
        .regex(/^FREQ=(WEEKLY|MONTHLY)(;[A-Z]+=[A-Z0-9,+-]+)*$/, { error: 'quy tắc lặp theo RFC 5545, ví dụ FREQ=WEEKLY;BYDAY=TH' })
        .meta({ title: 'Quy tắc lặp' }),
      from: localDate.meta({ title: 'Áp dụng từ ngày' }),
      until: localDate.optional().meta({ title: 'Đến ngày' }),
      /** What happens when a date falls on a holiday or weekend. */
      shift: choice(shiftRules).default('next-working-day').meta({ title: 'Nếu trùng ngày nghỉ' }),
    })
    .optional()
    .meta({ title: 'Lịch định kỳ' }),
  sessions: z
    .array(
      z.strictObject({
        date: localDate.meta({ title: 'Ngày' }),
        start: time.optional().meta({ title: 'Giờ bắt đầu' }),
        end: time.optional().meta({ title: 'Giờ kết thúc' }),
        place: text.optional().meta({ title: 'Địa điểm' }),
        topics: z.array(text).default([]).meta({ title: 'Nội dung' }),
        /** When this one-off session was announced (for the 5-working-day notice). */
        announcedOn: localDate.meta({ title: 'Ngày thông báo' }),
      }),
    )
    .default([])
    .meta({ title: 'Buổi tiếp đột xuất' }),
  changes: z
    .array(
      z.strictObject({
        /** The date the session was to take place. */
        date: localDate.meta({ title: 'Ngày theo lịch' }),
        status: choice({ hoan: 'Hoãn', huy: 'Hủy' }).meta({ title: 'Thay đổi' }),
        reason: text.meta({ title: 'Lý do' }),
        /** New date of a postponed session. */
        newDate: localDate.optional().meta({ title: 'Ngày mới' }),
        announcedOn: localDate.meta({ title: 'Ngày thông báo' }),
      }),
    )
    .default([])
    .meta({ title: 'Hoãn, hủy' }),
  /** When the schedule itself was published. */
  publishedOn: localDate.meta({ title: 'Ngày đăng' }),
  sample: sampleFlag,
  ...publication,
});

/** The government's announced days off and make-up working days for one year. */
export const holidayYearSchema = z.strictObject({
  year: z.int().min(2000).max(2100).meta({ title: 'Năm' }),
  daysOff: z
    .array(z.strictObject({ from: localDate, to: localDate, name: text }))
    .min(1)
    .meta({ title: 'Ngày nghỉ lễ, tết' }),
  workingDays: z
    .array(z.strictObject({ date: localDate, name: text }))
    .default([])
    .meta({ title: 'Ngày làm bù' }),
  source: text.meta({ title: 'Căn cứ' }),
  verified: z.boolean().meta({ title: 'Đã đối chiếu' }),
  note: text.optional().meta({ title: 'Ghi chú' }),
  ...publication,
});

/** Contacts of one ward or commune: its leaders and, per village or residential group, who to call. */
export const contactsSchema = z.strictObject({
  area: ref.meta({ title: 'Địa bàn' }),
  people: z
    .array(
      z.strictObject({
        name: text.meta({ title: 'Họ tên' }),
        role: text.meta({ title: 'Chức danh' }),
        /** Thôn or tổ dân phố; absent for the ward's own officials. */
        village: text.optional().meta({ title: 'Thôn, tổ dân phố' }),
        /** Council delegate, head of village, official in charge… */
        group: slug.meta({ title: 'Nhóm' }),
        workPhone: phone.optional().meta({ title: 'Điện thoại cơ quan' }),
      }),
    )
    .min(1)
    .meta({ title: 'Danh bạ' }),
  updated: localDate.meta({ title: 'Ngày cập nhật' }),
  sample: sampleFlag,
  ...publication,
});
