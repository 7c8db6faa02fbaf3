/**
 * A spreadsheet import from start to finish, without touching the disk: find the kind from the header row
 * (or take the one asked for), read every row, build the records, validate them with the same schemas and
 * rules as `npm run check`, and say what would be written. The caller writes only when there is no problem.
 */
import path from 'node:path';
import { stringify } from 'yaml';
import { collectionDefs } from '../../schemas/index.ts';
import type { CheckedContent } from '../content/check.ts';
import { collectionRules } from '../content/rules.ts';
import type { Cell } from './cells.ts';
import { importKinds, type ImportContext, type ImportKind } from './kinds.ts';
import { parseTable, type ImportProblem } from './table.ts';

export interface SheetData {
  sheet: string;
  data: Cell[][];
}

export interface PlannedWrite {
  /** Path relative to the content folder ("reception/lich-tiep.yaml"). */
  file: string;
  text: string;
  created: boolean;
}

export interface ImportResult {
  kind: ImportKind | undefined;
  rows: number;
  problems: ImportProblem[];
  writes: PlannedWrite[];
}

const norm = (s: unknown) => String(s ?? '').normalize('NFC').trim().toLocaleLowerCase('vi');

/** The kind whose required columns are all in the first non-empty row of the sheet. */
export function detectKind(sheet: SheetData, ctx: ImportContext): ImportKind | undefined {
  const header = sheet.data.find((r) => r.some((c) => norm(c)))?.map(norm) ?? [];
  return importKinds.find((k) => k.columns(ctx).filter((c) => c.required).every((c) => header.includes(norm(c.header))));
}

export function runImport(sheets: SheetData[], ctx: ImportContext, content: CheckedContent, root: string, kindId?: string): ImportResult {
  const sheet = sheets.find((s) => s.data.some((r) => r.some((c) => norm(c)))) ?? sheets[0];
  if (!sheet) return { kind: undefined, rows: 0, problems: [{ sheet: '', row: 1, message: 'tệp không có trang tính nào' }], writes: [] };
  const kind = kindId ? importKinds.find((k) => k.id === kindId) : detectKind(sheet, ctx);
  if (!kind) {
    const known = importKinds.map((k) => `${k.label} (cột: ${k.columns(ctx).filter((c) => c.required).map((c) => c.header).join(', ')})`).join('; ');
    return { kind: undefined, rows: 0, problems: [{ sheet: sheet.sheet, row: 1, message: kindId ? `không có loại nhập "${kindId}"; các loại: ${importKinds.map((k) => k.id).join(', ')}` : `dòng tiêu đề không khớp mẫu nào. Các mẫu: ${known}` }], writes: [] };
  }

  const table = parseTable(sheet.sheet, sheet.data, kind.columns(ctx));
  const problems = [...table.problems];
  // Rows with unreadable cells are reported, and the records are still built from the rest so that later
  // problems (totals, references) show in the same run.
  const assembled = kind.assemble(sheet.sheet, table.rows, ctx);
  problems.push(...assembled.problems);

  const def = collectionDefs[kind.collection];
  const source = def.source as { dir: string; format: 'yaml' | 'md' };
  const writes: PlannedWrite[] = [];
  for (const record of assembled.records) {
    const file = path.join(source.dir, `${record.id}.${source.format === 'md' ? 'md' : 'yaml'}`);
    const parsed = def.schema.safeParse(record.data);
    const at = (p: PropertyKey[], message: string): ImportProblem => {
      const header = record.headerOf(p as (string | number)[]);
      const column = header ? table.letterOf(header) : undefined;
      return { sheet: sheet.sheet, row: record.rowOf(p as (string | number)[]), ...(column ? { column } : {}), ...(header ? { header } : {}), message };
    };
    if (!parsed.success) {
      // A cell already reported as unreadable leaves its field empty: say so once, at the cell.
      const reported = new Set(table.problems.filter((p) => record.rows.includes(p.row)).map((p) => p.header));
      for (const issue of parsed.error.issues) {
        if (!reported.has(record.headerOf(issue.path as (string | number)[]))) problems.push(at(issue.path, issue.message));
      }
      continue;
    }
    const entry = { id: record.id, file: path.join(root, file), data: parsed.data as Record<string, unknown>, ...(record.body !== undefined ? { body: record.body } : {}) };
    for (const found of collectionRules[kind.collection]?.(entry, content, { root }) ?? []) problems.push(at(found.path, found.message));
    const yaml = stringify(record.data, { lineWidth: 0 });
    writes.push({ file, text: source.format === 'md' ? `---\n${yaml}---\n\n${record.body ?? ''}\n` : yaml, created: !ctx.existing(kind.collection, record.id) });
  }
  problems.sort((a, b) => a.row - b.row);
  return { kind, rows: table.rows.length, problems, writes: problems.length ? [] : writes };
}
