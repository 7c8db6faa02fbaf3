import { z } from 'astro/zod';
import { localDate, ref, slug, text } from './fields.ts';
import { blockSchema } from './blocks.ts';

/** Lettered part of a section: "a) …". Its text starts the first block. */
const partSchema = z.strictObject({
  id: slug,
  number: z.string().regex(/^[a-zđ]$/),
  blocks: z.array(blockSchema),
  children: z.array(z.never()).default([]),
});
/** Numbered part: "1. Mục đích". */
const subsectionSchema = z.strictObject({
  id: slug,
  number: z.string().regex(/^\d+$/),
  title: text,
  blocks: z.array(blockSchema),
  children: z.array(partSchema),
});
/** Roman-numbered section: "I. MỤC ĐÍCH, YÊU CẦU". */
const sectionSchema = z.strictObject({
  id: slug,
  number: z.string().regex(/^[IVX]+$/),
  title: text,
  blocks: z.array(blockSchema),
  children: z.array(subsectionSchema),
});

/** When a task is due, as lib/plan/deadline.ts reads it from the task's "Thời gian thực hiện". */
const deadlineSchema = z.strictObject({
  /** What kind of time the text states. */
  kind: z.enum(['by-date', 'recurring', 'after-event', 'unstated']),
  /** The last day the task may be done on (YYYY-MM-DD), when one is stated or follows from the text. */
  by: localDate.optional(),
  /** For recurring work, how often. */
  cadence: z.array(z.enum(['ongoing', 'yearly', 'half-yearly', 'quarterly', 'periodic'])).optional(),
  /** Vietnamese explanation shown next to the text as written, e.g. "hạn cuối 30/09/2023". */
  label: text,
});

const annexColumn = z.enum(['subDimension', 'lead', 'coordinators', 'timeline', 'result']);

/**
 * A reading of the seed the portal is not sure of, shown to readers wherever the value appears. Unlike an
 * `inherited` column (an empty cell that continues the merged cell above, a routine export artefact), these
 * are judgements: see src/lib/plan-import/judgements.ts for each one and why.
 */
export const taskInferenceSchema = z.strictObject({
  /**
   * inherited-sub-dimension: the empty sub-dimension cell was filled from the row above, though the task does
   * not obviously belong there; ambiguous-merge: the columns were filled from a merged cell whose extent the
   * export does not show; shifted-result: the seed's results look one row off, the result may belong to `neighbour`.
   */
  kind: z.enum(['inherited-sub-dimension', 'ambiguous-merge', 'shifted-result']),
  columns: z.array(annexColumn).min(1),
  /** The neighbouring task a shifted result may belong to. */
  neighbour: slug.optional(),
});

export const planTaskSchema = z.strictObject({
  /** "3-02": item 3, second task. */
  id: slug,
  item: z.int().min(1),
  subDimension: z.strictObject({ letter: z.string().nullable(), name: text }).nullable(),
  task: z.array(blockSchema).min(1).meta({ title: 'Nhiệm vụ' }),
  result: z.array(blockSchema).meta({ title: 'Kết quả' }),
  lead: z.array(ref).min(1).meta({ title: 'Đơn vị chủ trì' }),
  leadText: text.meta({ title: 'Đơn vị chủ trì (nguyên văn)' }),
  coordinators: z.array(ref).meta({ title: 'Đơn vị phối hợp' }),
  coordinatorsText: z.string().meta({ title: 'Đơn vị phối hợp (nguyên văn)' }),
  timeline: z.string().meta({ title: 'Thời gian thực hiện (nguyên văn)' }),
  deadline: deadlineSchema.meta({ title: 'Thời hạn' }),
  /** Columns that were empty in the source and continue the merged cell above. */
  inherited: z.array(annexColumn),
  /** The portal's readings of this row that may be wrong (empty for most tasks). */
  inferences: z.array(taskInferenceSchema),
  /** Line of the task's row in the seed. */
  sourceLine: z.int().min(1),
});

/**
 * A plan imported from seeds/ by `npm run import:plan` (never edited by hand): metadata, full text and
 * the annex of tasks. Progress is kept apart, in the planProgress collection.
 */
export const planSchema = z.strictObject({
  number: text.meta({ title: 'Số ký hiệu' }),
  documentType: text.meta({ title: 'Loại văn bản' }),
  title: text.meta({ title: 'Trích yếu' }),
  year: z.int().min(2000).max(2100).meta({ title: 'Năm kế hoạch' }),
  place: text.meta({ title: 'Địa danh' }),
  dateline: text.meta({ title: 'Địa danh, ngày tháng (nguyên văn)' }),
  issuedOn: localDate.meta({ title: 'Ngày ban hành' }),
  issuingAuthority: ref.meta({ title: 'Cơ quan ban hành' }),
  signer: z.strictObject({ capacity: text, title: text, name: text }).meta({ title: 'Người ký' }),
  recipients: z.array(text).meta({ title: 'Nơi nhận' }),
  preamble: z.array(blockSchema),
  sections: z.array(sectionSchema).min(1),
  closing: z.array(blockSchema),
  milestones: z.array(z.strictObject({ id: slug, title: text, due: localDate, dueText: text })).meta({ title: 'Mốc báo cáo' }),
  annex: z.strictObject({
    title: text,
    caption: text,
    /**
     * PAPI dimension each item serves, or null for the plan's own items. `nameInferred`: the seed leaves the
     * name blank and the importer wrote the name of the item's PAPI dimension.
     */
    items: z
      .array(
        z.strictObject({
          number: z.int().min(1),
          name: text,
          nameInferred: z.boolean(),
          papiDimension: z.int().min(1).max(8).nullable(),
        }),
      )
      .min(1),
    tasks: z.array(planTaskSchema).min(1),
  }),
  source: z.strictObject({ file: text, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
});

export type Plan = z.infer<typeof planSchema>;
export type PlanTask = Plan['annex']['tasks'][number];
export type TaskInference = PlanTask['inferences'][number];
export type PlanSection = Plan['sections'][number];
