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

/**
 * A money amount, always a whole number of the table's unit. The convention is Vietnamese and stated in the
 * template: a dot groups thousands (1.200.000); a comma is read as a thousands separator only where it
 * cannot be a decimal comma (1,200,000: two groups or more). Plain digits (1200000) and digits grouped by
 * spaces are fine. Everything else is refused rather than guessed: a decimal part ("1200.0", "1.200,50",
 * "1,2", "12.00"), a lone dot or comma before three digits ("1.200" and "1,200" are 1200 in one convention
 * and 1,2 in the other: in a table counted in triệu đồng that is a factor of a thousand), separators mixed
 * in one cell, a sign, or words.
 */
export function readAmount(cell: Cell): Read<number> {
  const refuse = (why: string): Read<number> => ({
    error: `${why}; số tiền ghi số nguyên theo đơn vị tính, ví dụ 1200000 hoặc 1.200.000 (đang là "${typeof cell === 'number' ? cell : text(cell)}")`,
  });
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return refuse('không phải số');
    if (cell < 0) return refuse('không được là số âm');
    if (!Number.isSafeInteger(cell)) return refuse('có phần thập phân');
    return { value: cell };
  }
  if (typeof cell === 'boolean' || cell instanceof Date) return refuse('không phải số');
  const t = text(cell).replace(/[\u00a0\u202f]/g, ' ');
  if (/^[-−–]/.test(t)) return refuse('không được là số âm');
  if (!/^[\d., ]+$/.test(t) || !/\d/.test(t)) return refuse('chỉ được gồm chữ số và dấu phân cách hàng nghìn');
  const separators = new Set(t.replace(/\d/g, ''));
  if (separators.size > 1) return refuse('trộn nhiều loại dấu phân cách (chấm, phẩy, cách) trong một ô');
  const separator = [...separators][0];
  const groups = separator ? t.split(separator) : [t];
  if (separator && (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))) {
    return refuse(
      separator === ' '
        ? 'các nhóm chữ số phải đủ 3 chữ số'
        : `có phần thập phân hoặc nhóm chữ số không đủ 3 chữ số sau dấu ${separator === '.' ? 'chấm' : 'phẩy'}`,
    );
  }
  if (separator && separator !== ' ' && groups.length === 2) {
    const [whole = '', part = ''] = groups;
    return refuse(
      `một dấu ${separator === '.' ? 'chấm' : 'phẩy'} trước 3 chữ số là mơ hồ (${t} có thể là ${whole}${part} hoặc ${whole},${part.replace(/0+$/, '') || '0'}): ghi ${whole}${part}, hoặc ghi số lẻ theo đơn vị tính nhỏ hơn`,
    );
  }
  const value = Number(groups.join(''));
  return Number.isSafeInteger(value) ? { value } : refuse('số quá lớn');
}

/** A phone number kept as written. A number cell has lost its leading 0, which cannot be guessed back. */
export function readPhone(cell: Cell): Read<string> {
  if (typeof cell === 'number')
    return { error: 'số điện thoại đã bị bảng tính đổi thành số và mất số 0 ở đầu: định dạng cột là Văn bản (Text) rồi gõ lại' };
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
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(t)
    ? { value: t }
    : { error: `mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ lich-tiep-ubnd-2026 (đang là "${t}")` };
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
