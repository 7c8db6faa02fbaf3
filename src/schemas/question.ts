import { z } from 'astro/zod';
import { localDate, ref, text, publication, choice, sampleFlag } from './fields.ts';

export const questionChannels = {
  'cong-thong-tin': 'Cổng thông tin',
  'he-thong-pakn': 'Hệ thống phản ánh, kiến nghị quốc gia',
  'truc-tiep': 'Trực tiếp hoặc qua đường bưu chính',
} as const;

/**
 * A question or feedback from a resident and the government's answer (hỏi đáp, phúc đáp). The asker is
 * never named; what counts is how long the answer took against the legal time limit.
 */
export const questionSchema = z.strictObject({
  title: text.meta({ title: 'Tiêu đề' }),
  question: text.meta({ title: 'Nội dung hỏi' }),
  /** Where the asker lives, never who they are ("Người dân tổ dân phố số 3"). */
  askerArea: text.meta({ title: 'Người hỏi (không ghi tên)' }),
  channel: choice(questionChannels).meta({ title: 'Kênh gửi' }),
  askedOn: localDate.meta({ title: 'Ngày hỏi' }),
  /** The unit that must answer. */
  unit: ref.meta({ title: 'Đơn vị trả lời' }),
  answeredOn: localDate.optional().meta({ title: 'Ngày trả lời' }),
  answer: text.optional().meta({ title: 'Nội dung trả lời' }),
  limitWorkingDays: z.int().min(1).max(90).meta({ title: 'Thời hạn trả lời (ngày làm việc)' }),
  limitBasis: text.meta({ title: 'Căn cứ thời hạn' }),
  topic: text.optional().meta({ title: 'Lĩnh vực' }),
  sample: sampleFlag,
  ...publication,
});

export type Question = z.infer<typeof questionSchema>;
