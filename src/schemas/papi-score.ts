import { z } from 'astro/zod';
import { text, publication, sampleFlag } from './fields.ts';

/** The locality's PAPI scores for one year, per dimension (1–10 scale of the PAPI report). */
export const papiScoreSchema = z.strictObject({
  year: z.int().min(2009).max(2100).meta({ title: 'Năm' }),
  /** Whose scores: PAPI measures provinces. */
  subject: text.meta({ title: 'Đối tượng đo' }),
  scores: z
    .array(z.strictObject({ dimension: z.int().min(1).max(8), score: z.number().min(0).max(10) }))
    .length(8, { error: 'cần đủ điểm của 8 chỉ số nội dung' })
    .meta({ title: 'Điểm theo chỉ số nội dung' }),
  source: text.meta({ title: 'Nguồn' }),
  /** True for illustrative figures that are not the published PAPI results. */
  sample: sampleFlag,
  ...publication,
});
