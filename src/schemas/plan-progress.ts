import { z } from 'astro/zod';
import { localDate, ref, slug, text, choice, publication, sampleFlag } from './fields.ts';

/**
 * How a plan task (or milestone) is going, written by the office. Kept apart from the imported plan so a
 * new import never overwrites it. "Quá hạn" is not written here: the build computes it from the deadline.
 */
export const planProgressSchema = z.strictObject({
  plan: ref.meta({ title: 'Kế hoạch' }),
  /** Task id ("3-02") or milestone id of that plan. */
  task: slug.meta({ title: 'Nhiệm vụ hoặc mốc' }),
  status: choice({ 'chua-bat-dau': 'Chưa bắt đầu', 'dang-thuc-hien': 'Đang thực hiện', 'hoan-thanh': 'Hoàn thành' }).meta({
    title: 'Trạng thái',
  }),
  updates: z
    .array(
      z.strictObject({
        date: localDate.meta({ title: 'Ngày' }),
        note: text.meta({ title: 'Nội dung' }),
        /** Pages of this portal that show the work done (a disclosure, a procedure, a schedule). */
        evidence: z
          .array(
            z.strictObject({
              label: text.meta({ title: 'Tên minh chứng' }),
              href: z
                .string()
                .regex(/^\/[a-z0-9\-/._#]*$/, { error: 'đường dẫn tới một trang của cổng, bắt đầu bằng "/" (ví dụ /thu-tuc-hanh-chinh/)' })
                .meta({ title: 'Đường dẫn' }),
            }),
          )
          .default([])
          .meta({ title: 'Minh chứng' }),
      }),
    )
    .default([])
    .meta({ title: 'Cập nhật tiến độ' }),
  sample: sampleFlag,
  ...publication,
});

export type PlanProgress = z.infer<typeof planProgressSchema>;
