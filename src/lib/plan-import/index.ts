/**
 * Imports a plan exported to text (body, then the annex table) into structured content, and proves that
 * no text was lost on the way.
 */
import { createHash } from 'node:crypto';
import { comparableText, lowerVi, slugify } from '../text.ts';
import { matchUnits, type NamedUnit } from '../unit-match.ts';
import { parseDeadline } from '../plan/deadline.ts';
import { parseAnnex, type Annex } from './annex.ts';
import { blocksText, cellBlocks } from './blocks.ts';
import { parseBody, type Section, type SourceLine } from './body.ts';
import { applyJudgements } from './judgements.ts';
import { emptyReport, PlanImportError, type ImportReport } from './report.ts';
import type { Plan } from '../../schemas/plan.ts';

export { PlanImportError } from './report.ts';
export type { ImportReport } from './report.ts';

/** A reporting milestone of the plan: "trước ngày 05/6/2023" as written, and its last day. */
export type Milestone = Plan['milestones'][number];

/**
 * The imported plan is what the plans collection holds (src/schemas/plan.ts), with its id; its sections
 * come from the body parser as one recursive shape, which the schema then checks level by level.
 */
export type ImportedPlan = Omit<Plan, 'sections'> & { id: string; sections: Section[] };

export interface ImportOptions {
  units: NamedUnit[];
  /** Path of the source, recorded in the output. */
  sourceFile: string;
}

/** Each section as written: "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Cụ thể hóa …". */
function sectionsText(sections: Section[]): string[] {
  return sections.flatMap((s) => {
    const mark = /^[a-zđ]$/.test(s.number) ? `${s.number})` : `${s.number}.`;
    return [`${mark} ${s.title ?? ''} ${blocksText(s.blocks)}`, ...sectionsText(s.children)];
  });
}

/** Every string of the output, for the loss check. */
function outputText(plan: Omit<ImportedPlan, 'source'>): string {
  const parts = [
    plan.dateline,
    plan.documentType,
    plan.title,
    blocksText(plan.preamble),
    ...sectionsText(plan.sections),
    blocksText(plan.closing),
    ...plan.recipients,
    plan.signer.capacity,
    plan.signer.title,
    plan.signer.name,
    plan.annex.title,
    plan.annex.caption,
    ...plan.annex.items.map((i) => i.name),
    ...plan.annex.tasks.flatMap((t) => [
      t.subDimension ? `${t.subDimension.letter ? `${t.subDimension.letter}) ` : ''}${t.subDimension.name}` : '',
      blocksText(t.task),
      blocksText(t.result),
      t.leadText,
      t.coordinatorsText,
      t.timeline,
    ]),
  ];
  return parts.join(' \u0001 ');
}

/** Source fragments that must all appear in the output: each body line and each annex cell. */
function sourceFragments(bodyLines: SourceLine[], annexLines: SourceLine[], report: ImportReport): SourceLine[] {
  const skipped = new Set(report.skipped.map((s) => s.line));
  const fragments: SourceLine[] = [];
  for (const l of bodyLines) if (l.text.trim() && !skipped.has(l.line)) fragments.push({ line: l.line, text: l.text });
  for (const l of annexLines) {
    if (!l.text.trim() || skipped.has(l.line)) continue;
    const cells = l.text.split('\t');
    if (['TT', 'STT', 'IT'].includes(cells[0]!.trim())) continue;
    for (const cell of cells) {
      const trimmed = cell.trim();
      if (!trimmed || /^\d+$/.test(trimmed)) continue;
      // A cell's paragraphs and list items are checked one by one: the importer may split them apart.
      const read = cellBlocks(trimmed);
      for (const block of read.blocks) {
        for (const piece of block.type === 'p' ? [block.text] : block.items) fragments.push({ line: l.line, text: piece });
      }
    }
  }
  return fragments;
}

/** Source fragments whose words do not appear in the output text (compared as text, see comparableText). */
export function lostFragments(fragments: SourceLine[], output: string): { line: number; text: string }[] {
  const haystack = comparableText(output);
  return fragments
    .filter((f) => {
      const wanted = comparableText(f.text);
      return wanted !== '' && !haystack.includes(wanted);
    })
    .map((f) => ({ line: f.line, text: f.text.trim() }));
}

/**
 * A body paragraph this long that appears twice is a copy, not a repeated phrase: shorter lines ("Năm 2023.")
 * may legitimately repeat.
 */
const DUPLICATE_PARAGRAPH_MIN_LENGTH = 40;

/** Annex rows with the same task and result, and long body lines written twice, with both lines. */
export function findDuplicates(bodyLines: SourceLine[], tasks: Annex['tasks']): ImportReport['duplicates'] {
  const found: ImportReport['duplicates'] = [];
  const firstSeen = new Map<string, number>();
  for (const l of bodyLines) {
    const key = lowerVi(comparableText(l.text));
    if (key.length < DUPLICATE_PARAGRAPH_MIN_LENGTH) continue;
    const first = firstSeen.get(key);
    if (first === undefined) firstSeen.set(key, l.line);
    else found.push({ line: l.line, firstLine: first, kind: 'đoạn văn', text: comparableText(l.text) });
  }
  const firstRow = new Map<string, number>();
  for (const t of tasks) {
    const text = comparableText(blocksText(t.task));
    const key = lowerVi(`${text} \u0001 ${comparableText(blocksText(t.result))}`);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, t.sourceLine);
    else found.push({ line: t.sourceLine, firstLine: first, kind: 'hàng phụ lục', text });
  }
  return found;
}

const MILESTONE = /(báo cáo [^;.:]*?)\s+trước ngày (\d{1,2}\/\d{1,2}\/\d{4})/gi;

function findMilestones(blocks: string[], year: number): Milestone[] {
  const found: Milestone[] = [];
  for (const text of blocks) {
    for (const m of text.matchAll(MILESTONE)) {
      const title = m[1]!.charAt(0).toLocaleUpperCase('vi') + m[1]!.slice(1);
      const dueText = `trước ngày ${m[2]}`;
      const due = parseDeadline(dueText, year).by!;
      found.push({ id: slugify(title), title, due, dueText });
    }
  }
  return found;
}

export function importPlan(text: string, options: ImportOptions): { plan: ImportedPlan; report: ImportReport } {
  const report = emptyReport();
  const all: SourceLine[] = text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(/\r?\n/)
    .map((t, i) => ({ line: i + 1, text: t }));
  const annexStart = all.findIndex((l) => /^Phụ lục\b/i.test(l.text.trim()));
  if (annexStart < 0) throw new PlanImportError(all.length, 'không tìm thấy dòng "Phụ lục" mở đầu bảng nhiệm vụ');
  const bodyLines = all.slice(0, annexStart);
  const annexLines = all.slice(annexStart + 1);
  report.skipped.push({
    line: annexStart + 1,
    rule: 'dòng mở đầu phụ lục (trang hiển thị tiêu đề "Phụ lục" riêng)',
    text: all[annexStart]!.text.trim(),
  });

  const body = parseBody(bodyLines, report);
  const year = Number(body.issuedOn.slice(0, 4));
  const annex = parseAnnex(annexLines, options.units, year, report);

  // Number: from the annex caption "(Kèm theo Kế hoạch số 19 /KH-UBND …)".
  const numberMatch = /số\s+(\d+)\s*\/\s*([\p{Lu}Đ-]+)/u.exec(annex.caption);
  if (!numberMatch) throw new PlanImportError(annexStart + 2, `không đọc được số văn bản trong "${annex.caption}"`);
  const number = `${numberMatch[1]}/${numberMatch[2]}`;
  if (!annex.caption.includes(number)) {
    report.repairs.push({
      line: annexStart + 1,
      rule: 'chuẩn hóa số ký hiệu',
      message: `"${numberMatch[0].replace(/^số\s+/, '')}" → "${number}"`,
    });
  }

  // Issuer: the sentence "<cơ quan> xây dựng Kế hoạch …" of the preamble.
  const issuerSentence = body.preamble.map((b) => (b.type === 'p' ? b.text : '')).find((t) => /\sxây dựng Kế hoạch/i.test(t));
  const issuerName = issuerSentence?.split(/\sxây dựng Kế hoạch/i)[0] ?? '';
  const issuer = matchUnits(issuerName, options.units).ids[0];
  if (!issuer) throw new PlanImportError(1, `không xác định được cơ quan ban hành từ "${issuerName || 'lời dẫn'}"`);

  const milestones = findMilestones(sectionsText(body.sections), year);
  const plan = {
    id: slugify(`${number}-${year}`),
    number,
    documentType: body.documentType,
    title: body.title,
    year,
    place: body.place,
    dateline: body.dateline,
    issuedOn: body.issuedOn,
    issuingAuthority: issuer,
    signer: body.signer,
    recipients: body.recipients,
    preamble: body.preamble,
    sections: body.sections,
    closing: body.closing,
    milestones,
    annex,
  };

  applyJudgements(plan.id, annex.tasks, report);
  report.duplicates.push(...findDuplicates(bodyLines, annex.tasks));
  report.lost.push(...lostFragments(sourceFragments(bodyLines, annexLines, report), outputText(plan)));

  return {
    plan: { ...plan, source: { file: options.sourceFile, sha256: createHash('sha256').update(text).digest('hex') } },
    report,
  };
}
