/**
 * A spreadsheet import from start to finish, without touching the disk: find the kind from the header row
 * (or take the one asked for), read every row, merge the rows into the records on file, validate them with
 * the same schemas and rules as `npm run check`, and say what would change, field by field. The caller
 * writes only when there is no problem, and only with --replace when a change replaces or removes data.
 */
import path from 'node:path';
import { parseDocument } from 'yaml';
import { collectionDefs, type CollectionData } from '../../collections.ts';
import type { CheckedContent } from '../content/check.ts';
import { fieldLabel } from '../content/labels.ts';
import { applyRules } from '../content/rules.ts';
import { applyChanges, diffData, formatChanges, newFileYaml, replaces, type Change, type DataPath } from './diff.ts';
import { importKinds, type ImportContext, type ImportKind } from './kinds.ts';
import type { SheetData } from './read-file.ts';
import { cellText, parseTable, type ImportProblem } from './table.ts';

export type { SheetData } from './read-file.ts';

export interface PlannedWrite {
  /** Path relative to the content folder ("reception/lich-tiep.yaml"). */
  file: string;
  /** The file's new text; for a file on record, its old text with only the changes applied. */
  text: string;
  created: boolean;
  /** What changes, compared with the file on record (every field, for a new file). */
  changes: Change[];
  /** The changes as lines an editor reads. */
  lines: string[];
  /** Things the editor should know that are not errors. */
  notes: string[];
}

export interface ImportResult {
  kind: ImportKind | undefined;
  rows: number;
  problems: ImportProblem[];
  /** One per record the sheet names, changed or not. */
  writes: PlannedWrite[];
}

/** Changes that replace or remove what is on file: these need --replace. */
export const replacements = (writes: PlannedWrite[]) => writes.filter((w) => !w.created).flatMap((w) => w.changes.filter(replaces));

const norm = (s: unknown) =>
  cellText(s ?? '')
    .normalize('NFC')
    .trim()
    .toLocaleLowerCase('vi');

/** The kind whose required columns are all in the first non-empty row of the sheet. */
export function detectKind(sheet: SheetData, ctx: ImportContext): ImportKind | undefined {
  const header = sheet.data.find((r) => r.some((c) => norm(c)))?.map(norm) ?? [];
  return importKinds.find((k) =>
    k
      .columns(ctx)
      .filter((c) => c.required)
      .every((c) => header.includes(norm(c.header))),
  );
}

const FRONT_MATTER = /^(---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$))/;

/** The file with only the changes applied: the rest of the YAML, and a Markdown body, keep their bytes. */
function patched(text: string, changes: Change[]): string {
  const m = FRONT_MATTER.exec(text);
  const yaml = m ? m[2]! : text;
  const doc = parseDocument(yaml);
  applyChanges(doc, changes);
  const out = doc.toString({ lineWidth: 0 });
  return m ? `${m[1]}${out}${text.slice(m[1]!.length + m[2]!.length)}` : out;
}

export function runImport(
  sheets: SheetData[],
  ctx: ImportContext,
  content: CheckedContent,
  root: string,
  kindId?: string,
  fileText?: (file: string) => string | undefined,
): ImportResult {
  const sheet = sheets.find((s) => s.data.some((r) => r.some((c) => norm(c)))) ?? sheets[0];
  if (!sheet) return { kind: undefined, rows: 0, problems: [{ sheet: '', row: 1, message: 'tệp không có trang tính nào' }], writes: [] };
  const kind = kindId ? importKinds.find((k) => k.id === kindId) : detectKind(sheet, ctx);
  if (!kind) {
    const known = importKinds
      .map(
        (k) =>
          `${k.label} (cột: ${k
            .columns(ctx)
            .filter((c) => c.required)
            .map((c) => c.header)
            .join(', ')})`,
      )
      .join('; ');
    return {
      kind: undefined,
      rows: 0,
      problems: [
        {
          sheet: sheet.sheet,
          row: 1,
          message: kindId
            ? `không có loại nhập "${kindId}"; các loại: ${importKinds.map((k) => k.id).join(', ')}`
            : `dòng tiêu đề không khớp mẫu nào. Các mẫu: ${known}`,
        },
      ],
      writes: [],
    };
  }

  const table = parseTable(sheet.sheet, sheet.data, kind.columns(ctx));
  const problems = [...table.problems];
  // A cell already reported as unreadable leaves its value empty: say so once, at the cell.
  const reportedCells = new Set(table.problems.map((p) => `${p.row} ${p.header}`));
  // Rows with unreadable cells are reported, and the records are still built from the rest so that later
  // problems (totals, references) show in the same run.
  const assembled = kind.assemble(sheet.sheet, table.rows, ctx);
  for (const p of assembled.problems) {
    if (reportedCells.has(`${p.row} ${p.header}`)) continue;
    const column = p.column ?? (p.header ? table.letterOf(p.header) : undefined);
    problems.push({ ...p, ...(column ? { column } : {}) });
  }

  const def = collectionDefs[kind.collection];
  const source = def.source as { dir: string; format: 'yaml' | 'md' };
  const label = (at: DataPath) =>
    fieldLabel(def.schema, at)
      .replace(/ \([^)]*\)$/, '')
      .split(' › ')
      .at(-1) ?? String(at.at(-1));
  const writes: PlannedWrite[] = [];
  for (const record of assembled.records) {
    const file = path.join(source.dir, `${record.id}.${source.format === 'md' ? 'md' : 'yaml'}`);
    const parsed = def.schema.safeParse(record.data);
    const at = (p: PropertyKey[], message: string): ImportProblem => {
      const header = record.headerOf(p as (string | number)[]);
      const column = header ? table.letterOf(header) : undefined;
      return {
        sheet: sheet.sheet,
        row: record.rowOf(p as (string | number)[]),
        ...(column ? { column } : {}),
        ...(header ? { header } : {}),
        message,
      };
    };
    if (!parsed.success) {
      const reported = new Set(table.problems.filter((p) => record.rows.includes(p.row)).map((p) => p.header));
      for (const issue of parsed.error.issues) {
        if (!reported.has(record.headerOf(issue.path as (string | number)[]))) problems.push(at(issue.path, issue.message));
      }
      continue;
    }
    const entry = {
      id: record.id,
      file: path.join(root, file),
      data: parsed.data as CollectionData[typeof kind.collection],
      ...(record.body !== undefined ? { body: record.body } : {}),
    };
    for (const found of applyRules(kind.collection, entry, content, { root })) problems.push(at(found.path, found.message));

    const existing = ctx.existing(kind.collection, record.id);
    const oldText = existing ? fileText?.(file) : undefined;
    const changes = diffData(existing?.data, record.data, { label, keyed: record.keyed, bookkeeping: kind.bookkeeping ?? [] });
    // Only bookkeeping (an "updated" date) left means nothing the sheet names changed.
    const effective = changes.some((c) => !c.bookkeeping) ? changes : [];
    let text: string;
    if (existing && oldText !== undefined) text = effective.length ? patched(oldText, effective) : oldText;
    else {
      const yaml = newFileYaml(record.data);
      text = source.format === 'md' ? `---\n${yaml}---\n\n${record.body ?? ''}\n` : yaml;
    }
    writes.push({ file, text, created: !existing, changes: effective, lines: formatChanges(effective, label), notes: record.notes });
  }
  problems.sort((a, b) => a.row - b.row);
  return { kind, rows: table.rows.length, problems, writes: problems.length ? [] : writes };
}
