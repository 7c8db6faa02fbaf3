/**
 * What a re-import would change in a plan already in content/plans/: tasks added, removed, moved to
 * another id (ids are positions, "1-07" is the 7th row of item 1) or edited; body paragraphs added or
 * removed; milestones; the document's own details. Tasks are matched by their text, not their id, so a
 * deleted row shows as one removal and the rows after it as moves, not as a cascade of edits.
 */
import { comparableText, lowerVi, normalizeSpace } from '../text.ts';
import { blocksText, type Block } from './blocks.ts';
import type { Section } from './body.ts';
import type { ImportedPlan } from './index.ts';

/** The parts of a plan the diff reads: what the importer writes, with or without its id and source. */
export type PlanContent = Omit<ImportedPlan, 'id' | 'source'>;
type Task = PlanContent['annex']['tasks'][number];

export interface TaskNote {
  id: string;
  /** The start of the task's text, for people. */
  text: string;
}

/** An old task and the new task it became. */
export interface TaskPair {
  from: string;
  to: string;
  text: string;
  /** The task's text is the same (as text: markup and spacing aside). */
  sameText: boolean;
  /** Labels of the columns that differ. */
  changed: string[];
}

export interface ParagraphNote {
  /** Where it stands: "lời dẫn", "phần II.1.a", "câu kết". */
  where: string;
  text: string;
}

export interface PlanDiff {
  /** Every old task found again, moved or not, edited or not. */
  pairs: TaskPair[];
  removedTasks: TaskNote[];
  addedTasks: TaskNote[];
  removedParagraphs: ParagraphNote[];
  addedParagraphs: ParagraphNote[];
  removedMilestones: { id: string; title: string }[];
  addedMilestones: { id: string; title: string }[];
  changedMilestones: { id: string; title: string; changed: string[] }[];
  /** Labels of the document's details that differ (title, signer, recipients …). */
  changedDetails: string[];
}

/** Two tasks whose words overlap this much (Dice coefficient) are the same task, edited. */
const SAME_TASK_SIMILARITY = 0.6;
const SHORT = 70;

/** The start of a text, as written (hyphens kept: "chính trị - xã hội"), cut at a word. */
export function shortText(text: string): string {
  const t = normalizeSpace(text);
  return t.length > SHORT ? `${t.slice(0, SHORT).replace(/\s+\S*$/, '')}…` : t;
}

const taskText = (t: Task) => blocksText(t.task);
const taskKey = (t: Task) => lowerVi(comparableText(taskText(t)));

function words(text: string): Set<string> {
  return new Set(
    lowerVi(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

/** Dice coefficient of the two texts' word sets: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size + wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

const TASK_COLUMNS: [string, (t: Task) => unknown][] = [
  ['mục', (t) => t.item],
  ['nội dung thành phần', (t) => t.subDimension],
  ['nhiệm vụ', (t) => t.task],
  ['kết quả', (t) => t.result],
  ['đơn vị chủ trì', (t) => t.leadText],
  ['đơn vị phối hợp', (t) => t.coordinatorsText],
  ['thời gian thực hiện', (t) => t.timeline],
  // A plan written before inferences were recorded has none: read as an empty list, not as a change to every task.
  ['suy luận của cổng', (t) => ('inferences' in t ? t.inferences : [])],
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function pair(a: Task, b: Task): TaskPair {
  return {
    from: a.id,
    to: b.id,
    text: shortText(taskText(b)),
    sameText: taskKey(a) === taskKey(b),
    changed: TASK_COLUMNS.filter(([, get]) => !same(get(a), get(b))).map(([label]) => label),
  };
}

/**
 * Matches old tasks to new ones: first by identical text (in order, for the rare repeated text), then the
 * rest by word overlap, most similar first, preferring the same item and the same id on a tie.
 */
export function matchTasks(before: Task[], after: Task[]): { pairs: TaskPair[]; removed: Task[]; added: Task[] } {
  const matched = new Map<Task, Task>();
  const free = new Set(after);
  const byKey = new Map<string, Task[]>();
  for (const t of after) byKey.set(taskKey(t), [...(byKey.get(taskKey(t)) ?? []), t]);
  for (const t of before) {
    const candidate = byKey.get(taskKey(t))?.find((n) => free.has(n));
    if (candidate) {
      matched.set(t, candidate);
      free.delete(candidate);
    }
  }
  const leftBefore = before.filter((t) => !matched.has(t));
  const scored = leftBefore
    .flatMap((a) =>
      [...free].map((b) => ({
        a,
        b,
        score: similarity(taskText(a), taskText(b)) + (a.item === b.item ? 0.001 : 0) + (a.id === b.id ? 0.0005 : 0),
      })),
    )
    .filter((s) => s.score >= SAME_TASK_SIMILARITY)
    .sort((x, y) => y.score - x.score);
  for (const { a, b } of scored) {
    if (matched.has(a) || !free.has(b)) continue;
    matched.set(a, b);
    free.delete(b);
  }
  return {
    pairs: before.filter((t) => matched.has(t)).map((t) => pair(t, matched.get(t)!)),
    removed: before.filter((t) => !matched.has(t)),
    added: after.filter((t) => free.has(t)),
  };
}

function blockTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'p' ? [b.text] : b.items));
}

function sectionParagraphs(sections: Section[], parent: string): ParagraphNote[] {
  return sections.flatMap((s) => {
    const where = `phần ${parent}${s.number}`;
    const heading = s.title ? [{ where, text: `${s.number}. ${s.title}` }] : [];
    return [
      ...heading,
      ...blockTexts(s.blocks).map((text) => ({ where, text })),
      ...sectionParagraphs(s.children, `${parent}${s.number}.`),
    ];
  });
}

/** Every paragraph, list item and heading of the body, in order. */
export function bodyParagraphs(plan: PlanContent): ParagraphNote[] {
  return [
    ...blockTexts(plan.preamble).map((text) => ({ where: 'lời dẫn', text })),
    ...sectionParagraphs(plan.sections, ''),
    ...blockTexts(plan.closing).map((text) => ({ where: 'câu kết', text })),
  ];
}

/** Paragraphs of `a` not in `b`, counting copies: a paragraph written twice in `a` and once in `b` is one. */
function paragraphsMissing(a: ParagraphNote[], b: ParagraphNote[]): ParagraphNote[] {
  const key = (p: ParagraphNote) => lowerVi(comparableText(p.text));
  const available = new Map<string, number>();
  for (const p of b) available.set(key(p), (available.get(key(p)) ?? 0) + 1);
  return a.filter((p) => {
    const n = available.get(key(p)) ?? 0;
    if (n > 0) {
      available.set(key(p), n - 1);
      return false;
    }
    return true;
  });
}

const DETAILS: [string, (p: PlanContent) => unknown][] = [
  ['số ký hiệu', (p) => p.number],
  ['loại văn bản', (p) => p.documentType],
  ['trích yếu', (p) => p.title],
  ['địa danh, ngày ban hành', (p) => [p.dateline, p.issuedOn, p.year, p.place]],
  ['cơ quan ban hành', (p) => p.issuingAuthority],
  ['người ký', (p) => p.signer],
  ['nơi nhận', (p) => p.recipients],
  ['tên phụ lục', (p) => [p.annex.title, p.annex.caption]],
  ['các mục của phụ lục', (p) => p.annex.items],
];

export function diffPlans(before: PlanContent, after: PlanContent): PlanDiff {
  const tasks = matchTasks(before.annex.tasks, after.annex.tasks);
  const oldBody = bodyParagraphs(before);
  const newBody = bodyParagraphs(after);
  const newMilestones = new Map(after.milestones.map((m) => [m.id, m]));
  const oldMilestoneIds = new Set(before.milestones.map((m) => m.id));
  return {
    pairs: tasks.pairs,
    removedTasks: tasks.removed.map((t) => ({ id: t.id, text: shortText(taskText(t)) })),
    addedTasks: tasks.added.map((t) => ({ id: t.id, text: shortText(taskText(t)) })),
    removedParagraphs: paragraphsMissing(oldBody, newBody).map((p) => ({ ...p, text: shortText(p.text) })),
    addedParagraphs: paragraphsMissing(newBody, oldBody).map((p) => ({ ...p, text: shortText(p.text) })),
    removedMilestones: before.milestones.filter((m) => !newMilestones.has(m.id)).map(({ id, title }) => ({ id, title })),
    addedMilestones: after.milestones.filter((m) => !oldMilestoneIds.has(m.id)).map(({ id, title }) => ({ id, title })),
    changedMilestones: before.milestones.flatMap((m) => {
      const n = newMilestones.get(m.id);
      if (!n) return [];
      const changed = [...(m.title !== n.title ? ['tên'] : []), ...(m.due !== n.due || m.dueText !== n.dueText ? ['hạn'] : [])];
      return changed.length ? [{ id: m.id, title: n.title, changed }] : [];
    }),
    changedDetails: DETAILS.filter(([, get]) => !same(get(before), get(after))).map(([label]) => label),
  };
}

export const movedTasks = (diff: PlanDiff) => diff.pairs.filter((p) => p.from !== p.to);
export const editedTasks = (diff: PlanDiff) => diff.pairs.filter((p) => p.changed.length > 0);

/** Nothing a reader would see has changed. */
export function isEmptyDiff(diff: PlanDiff): boolean {
  return (
    movedTasks(diff).length +
      editedTasks(diff).length +
      diff.removedTasks.length +
      diff.addedTasks.length +
      diff.removedParagraphs.length +
      diff.addedParagraphs.length +
      diff.removedMilestones.length +
      diff.addedMilestones.length +
      diff.changedMilestones.length +
      diff.changedDetails.length ===
    0
  );
}

/** Removals that need --replace: tasks, paragraphs and milestones the new source no longer has. */
export function removalCount(diff: PlanDiff): number {
  return diff.removedTasks.length + diff.removedParagraphs.length + diff.removedMilestones.length;
}

/** The diff for people, in Vietnamese, one change a line. */
export function formatDiff(diff: PlanDiff, target: string, counts: { before: number; after: number }): string {
  if (isEmptyDiff(diff)) return `So với ${target}: không có thay đổi về nhiệm vụ, đoạn văn, mốc báo cáo hay thông tin văn bản.`;
  const out = [`So với ${target} (${counts.before} nhiệm vụ → ${counts.after}):`];
  const list = <T>(title: string, items: T[], line: (item: T) => string) => {
    if (items.length === 0) return;
    out.push(`${title} (${items.length}):`);
    for (const item of items) out.push(`  ${line(item)}`);
  };
  list('Nhiệm vụ bỏ', diff.removedTasks, (t) => `${t.id} "${t.text}"`);
  list('Nhiệm vụ thêm', diff.addedTasks, (t) => `${t.id} "${t.text}"`);
  list('Nhiệm vụ đổi mã', movedTasks(diff), (p) => `${p.from} → ${p.to} "${p.text}"${p.sameText ? '' : ' (nội dung đã sửa)'}`);
  list('Nhiệm vụ sửa', editedTasks(diff), (p) => `${p.to}${p.from === p.to ? '' : ` (trước là ${p.from})`}: ${p.changed.join(', ')}`);
  list('Đoạn văn bỏ', diff.removedParagraphs, (p) => `${p.where}: "${p.text}"`);
  list('Đoạn văn thêm', diff.addedParagraphs, (p) => `${p.where}: "${p.text}"`);
  list('Mốc báo cáo bỏ', diff.removedMilestones, (m) => `${m.id} "${m.title}"`);
  list('Mốc báo cáo thêm', diff.addedMilestones, (m) => `${m.id} "${m.title}"`);
  list('Mốc báo cáo sửa', diff.changedMilestones, (m) => `${m.id} "${m.title}": ${m.changed.join(', ')}`);
  if (diff.changedDetails.length) out.push(`Thông tin văn bản đổi: ${diff.changedDetails.join(', ')}.`);
  return out.join('\n');
}
