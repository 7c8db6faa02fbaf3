/**
 * A sheet as a table: its header row matched to the expected columns, each data row read cell by cell.
 * Every problem names the sheet, the row, the column (letter and header) and what is wrong, in Vietnamese.
 */
import { columnLetter, isEmpty, type Cell, type Read } from './cells.ts';

export interface ColumnSpec {
  header: string;
  key: string;
  /** The column must be in the sheet (and, unless cellOptional, filled on every row). */
  required: boolean;
  /** The column must be there but a row may leave it empty: the kind says which rows need it. */
  cellOptional?: boolean;
  read: (cell: Cell) => Read<unknown>;
  /** What to write, for the template's guide sheet. */
  note: string;
}

export interface ImportProblem {
  sheet: string;
  row: number;
  column?: string;
  header?: string;
  message: string;
}

export interface ParsedRow {
  row: number;
  values: Record<string, unknown>;
}

/** A cell's value as text, for messages and keys. */
export function cellText(value: unknown): string {
  return String(value);
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

export interface ParsedTable {
  rows: ParsedRow[];
  problems: ImportProblem[];
  headerRow: number;
  /** The letter of the column with this header, when the sheet has it. */
  letterOf(header: string): string | undefined;
}

export function parseTable(sheet: string, data: Cell[][], columns: ColumnSpec[]): ParsedTable {
  const problems: ImportProblem[] = [];
  const headerIndex = data.findIndex((r) => r.some((c) => !isEmpty(c)));
  if (headerIndex < 0)
    return {
      rows: [],
      problems: [{ sheet, row: 1, message: 'trang tính trống: cần một dòng tiêu đề cột và các dòng số liệu' }],
      headerRow: 1,
      letterOf: () => undefined,
    };
  const headerRow = headerIndex + 1;
  const headers = data[headerIndex]!.map((c) => (isEmpty(c) ? '' : String(c)));
  const position = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!h) return;
    const spec = columns.find((c) => norm(c.header) === norm(h));
    if (!spec)
      problems.push({
        sheet,
        row: headerRow,
        column: columnLetter(i),
        header: h,
        message: `cột "${h}" không có trong mẫu; các cột của mẫu: ${columns.map((c) => c.header).join(', ')}`,
      });
    else if (position.has(spec.key))
      problems.push({ sheet, row: headerRow, column: columnLetter(i), header: h, message: `cột "${h}" bị lặp lại` });
    else position.set(spec.key, i);
  });
  for (const spec of columns) {
    if (spec.required && !position.has(spec.key))
      problems.push({ sheet, row: headerRow, header: spec.header, message: `thiếu cột "${spec.header}"` });
  }
  const letterOf = (header: string) => {
    const key = columns.find((c) => c.header === header)?.key;
    const index = key === undefined ? undefined : position.get(key);
    return index === undefined ? undefined : columnLetter(index);
  };
  if (problems.length) return { rows: [], problems, headerRow, letterOf };

  const rows: ParsedRow[] = [];
  data.slice(headerIndex + 1).forEach((cells, offset) => {
    const row = headerRow + 1 + offset;
    if (cells.every(isEmpty)) return;
    const values: Record<string, unknown> = {};
    for (const spec of columns) {
      const index = position.get(spec.key);
      const cell = index === undefined ? undefined : cells[index];
      const at = { sheet, row, column: index === undefined ? undefined : columnLetter(index), header: spec.header };
      if (isEmpty(cell)) {
        if (spec.required && !spec.cellOptional) problems.push({ ...at, column: at.column!, message: 'bắt buộc nhưng đang trống' });
        continue;
      }
      const read = spec.read(cell);
      if ('error' in read) problems.push({ ...at, column: at.column!, message: read.error });
      else values[spec.key] = read.value;
    }
    rows.push({ row, values });
  });
  if (rows.length === 0 && problems.length === 0)
    problems.push({ sheet, row: headerRow + 1, message: 'không có dòng số liệu nào dưới dòng tiêu đề' });
  return { rows, problems, headerRow, letterOf };
}

export function formatImportProblem(file: string, p: ImportProblem): string {
  const where = [
    `trang "${p.sheet}"`,
    `dòng ${p.row}`,
    p.column ? `cột ${p.column}${p.header ? ` (${p.header})` : ''}` : p.header ? `cột "${p.header}"` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return `${file}: ${where}: ${p.message}`;
}
