/**
 * Reading one spreadsheet cell the way office staff write it: dates as dd/mm/yyyy (or a real Excel date),
 * times as 07:30, numbers with Vietnamese thousands dots, names or codes for units and areas. Each reader
 * returns a value or a Vietnamese message saying what is wrong.
 */
import { isRealIsoDate } from '../dates.ts';

export type Cell = string | number | boolean | Date | null | undefined;
export type Read<T> = { value: T } | { error: string };

const text = (cell: Cell) => (cell === null || cell === undefined ? '' : cell instanceof Date ? '' : String(cell).normalize('NFC').trim());

export const isEmpty = (cell: Cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

export function readText(cell: Cell): Read<string> {
  return { value: text(cell) };
}

/** dd/mm/yyyy, d/m/yyyy, or a date cell; never mm/dd. */
export function readDate(cell: Cell): Read<string> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { error: 'ô ngày không đọc được' };
    return { value: cell.toISOString().slice(0, 10) };
  }
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text(cell));
  if (!m) return { error: `ngày phải viết dạng dd/mm/yyyy, ví dụ 05/12/2026 (đang là "${text(cell)}")` };
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (!isRealIsoDate(iso)) return { error: `ngày ${text(cell)} không có thật (ngày/tháng/năm)` };
  return { value: iso };
}

/** 07:30, 7:30, 7h30, or an Excel time (a fraction of a day, or a date on 30/12/1899). */
export function readTime(cell: Cell): Read<string> {
  let minutes: number | undefined;
  if (cell instanceof Date) minutes = cell.getUTCHours() * 60 + cell.getUTCMinutes();
  else if (typeof cell === 'number' && cell >= 0 && cell < 1) minutes = Math.round(cell * 24 * 60);
  else {
    const m = /^(\d{1,2})\s*[:hg]\s*(\d{2})?$/i.exec(text(cell));
    if (m && Number(m[1]) < 24 && Number(m[2] ?? 0) < 60) minutes = Number(m[1]) * 60 + Number(m[2] ?? 0);
  }
  if (minutes === undefined) return { error: `giờ phải viết dạng HH:MM, ví dụ 07:30 (đang là "${text(cell)}")` };
  return { value: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}` };
}

/** Whole numbers: 1234567, 1.234.567 or 1 234 567. */
export function readInteger(cell: Cell): Read<number> {
  if (typeof cell === 'number') return Number.isInteger(cell) ? { value: cell } : { error: `phải là số nguyên (đang là ${cell})` };
  const t = text(cell).replace(/[\s.]/g, '');
  if (!/^-?\d+$/.test(t)) return { error: `phải là số nguyên, chỉ gồm chữ số (đang là "${text(cell)}")` };
  return { value: Number(t) };
}

/** A phone number kept as written. A number cell has lost its leading 0, which cannot be guessed back. */
export function readPhone(cell: Cell): Read<string> {
  if (typeof cell === 'number') return { error: 'số điện thoại đã bị bảng tính đổi thành số và mất số 0 ở đầu: định dạng cột là Văn bản (Text) rồi gõ lại' };
  return { value: text(cell) };
}

/** One of a fixed set, by its code or by its Vietnamese label. */
export function readChoice(labels: Record<string, string>) {
  return (cell: Cell): Read<string> => {
    const t = text(cell);
    const key = Object.keys(labels).find((k) => k === t || labels[k]!.toLocaleLowerCase('vi') === t.toLocaleLowerCase('vi'));
    return key ? { value: key } : { error: `phải là một trong: ${Object.values(labels).join('; ')} (đang là "${t}")` };
  };
}

/** An existing unit or area, by its code (file name) or its exact name. */
export function readReference(items: { id: string; name: string }[], what: string) {
  return (cell: Cell): Read<string> => {
    const t = text(cell);
    const found = items.find((i) => i.id === t || i.name.toLocaleLowerCase('vi') === t.toLocaleLowerCase('vi'));
    return found ? { value: found.id } : { error: `không có ${what} "${t}" (ghi mã hoặc đúng tên như trong danh sách ${what})` };
  };
}

/** A file name: lower-case Latin letters, digits and hyphens. */
export function readCode(cell: Cell): Read<string> {
  const t = text(cell);
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(t) ? { value: t } : { error: `mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ lich-tiep-ubnd-2026 (đang là "${t}")` };
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
