/**
 * The three spreadsheets the office fills in: reception sessions, budget tables and contacts. Each kind
 * names its columns (and what to write in them) and turns its rows into content records, remembering
 * which row each part came from so a problem found later still points at a cell.
 */
import type { CollectionName } from '../../schemas/index.ts';
import { budgetKinds, budgetUnits } from '../../schemas/disclosures.ts';
import { readChoice, readCode, readDate, readInteger, readPhone, readReference, readText, readTime } from './cells.ts';
import type { ColumnSpec, ImportProblem, ParsedRow } from './table.ts';

export interface ImportContext {
  today: string;
  units: { id: string; name: string }[];
  areas: { id: string; name: string }[];
  /** Labels of contact groups (lanh-dao → Lãnh đạo). */
  contactGroups: Record<string, string>;
  existing(collection: CollectionName, id: string): { data: Record<string, unknown>; body?: string } | undefined;
}

export interface AssembledRecord {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  /** The sheet rows the record was built from. */
  rows: number[];
  /** The sheet row a path of the record came from (the closest one known). */
  rowOf(path: (string | number)[]): number;
  /** The column header a field of the record came from, if it came from one. */
  headerOf(path: (string | number)[]): string | undefined;
}

export interface ImportKind {
  id: 'lich-tiep' | 'ngan-sach' | 'danh-ba';
  label: string;
  collection: CollectionName;
  columns(ctx: ImportContext): ColumnSpec[];
  assemble(sheet: string, rows: ParsedRow[], ctx: ImportContext): { records: AssembledRecord[]; problems: ImportProblem[] };
}

const col = (header: string, key: string, required: boolean, read: ColumnSpec['read'], note: string): ColumnSpec => ({ header, key, required, read, note });

/** Rows grouped by a key, in the order the keys first appear. */
function groupBy(rows: ParsedRow[], key: string): [string, ParsedRow[]][] {
  const groups = new Map<string, ParsedRow[]>();
  for (const r of rows) {
    const k = String(r.values[key]);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups];
}

/** Values that describe the whole record must be the same on each of its rows. */
function sameOnEveryRow(sheet: string, rows: ParsedRow[], keys: string[], headers: Record<string, string>, problems: ImportProblem[]) {
  const first = rows[0]!;
  for (const r of rows.slice(1)) {
    for (const k of keys) {
      if (r.values[k] !== undefined && first.values[k] !== undefined && r.values[k] !== first.values[k]) {
        problems.push({ sheet, row: r.row, ...(headers[k] ? { header: headers[k] } : {}), message: `khác với dòng ${first.row} ("${String(first.values[k])}"): các dòng cùng một mã phải ghi giống nhau` });
      }
    }
  }
}

function locator(paths: [(string | number)[], number][], fallback: number, headers: Record<string, string>): Pick<AssembledRecord, 'rowOf' | 'headerOf'> {
  return {
    rowOf(path) {
      let best: [number, number] = [-1, fallback];
      for (const [p, row] of paths) {
        if (p.length > best[0] && p.every((seg, i) => String(path[i]) === String(seg))) best = [p.length, row];
      }
      return best[1];
    },
    headerOf(path) {
      return headers[String(path.at(-1))];
    },
  };
}

// ————— Lịch tiếp công dân —————

const receptionHeaders = {
  code: 'Mã lịch',
  title: 'Tên lịch',
  unit: 'Đơn vị tiếp',
  official: 'Người tiếp',
  officialTitle: 'Chức vụ',
  phone: 'Điện thoại cơ quan',
  place: 'Địa điểm',
  date: 'Ngày',
  start: 'Giờ bắt đầu',
  end: 'Giờ kết thúc',
  topics: 'Nội dung',
  announcedOn: 'Ngày thông báo',
};

export const receptionImport: ImportKind = {
  id: 'lich-tiep',
  label: 'Lịch tiếp công dân',
  collection: 'receptions',
  columns: (ctx) => [
    col(receptionHeaders.code, 'code', true, readCode, 'Mã của lịch (tên tệp), giống nhau cho mọi buổi của một lịch, ví dụ lich-tiep-chu-tich-ubnd-phuong-pho-hien'),
    col(receptionHeaders.title, 'title', true, readText, 'Tên lịch như người dân đọc'),
    col(receptionHeaders.unit, 'unit', true, readReference(ctx.units, 'đơn vị'), 'Mã hoặc tên đơn vị tiếp dân'),
    col(receptionHeaders.official, 'official', true, readText, 'Họ tên người tiếp'),
    col(receptionHeaders.officialTitle, 'officialTitle', true, readText, 'Chức vụ người tiếp'),
    col(receptionHeaders.phone, 'phone', false, readPhone, 'Điện thoại cơ quan (không ghi số cá nhân); định dạng cột là Văn bản'),
    col(receptionHeaders.place, 'place', true, readText, 'Nơi tiếp'),
    col(receptionHeaders.date, 'date', true, readDate, 'Ngày tiếp, dd/mm/yyyy'),
    col(receptionHeaders.start, 'start', true, readTime, 'Giờ bắt đầu, HH:MM'),
    col(receptionHeaders.end, 'end', true, readTime, 'Giờ kết thúc, HH:MM'),
    col(receptionHeaders.topics, 'topics', false, readText, 'Nội dung tiếp (nếu có); nhiều nội dung cách nhau bằng dấu chấm phẩy'),
    col(receptionHeaders.announcedOn, 'announcedOn', true, readDate, 'Ngày thông báo buổi tiếp, dd/mm/yyyy (cổng cảnh báo nếu ít hơn 5 ngày làm việc trước buổi tiếp)'),
  ],
  assemble(sheet, rows, ctx) {
    const problems: ImportProblem[] = [];
    const headers: Record<string, string> = { ...receptionHeaders, name: receptionHeaders.official, title: receptionHeaders.title, announcedOn: receptionHeaders.announcedOn };
    const records = groupBy(rows, 'code').map(([id, group]): AssembledRecord => {
      sameOnEveryRow(sheet, group, ['title', 'unit', 'official', 'officialTitle', 'phone'], receptionHeaders, problems);
      const v = group[0]!.values;
      const existing = ctx.existing('receptions', id)?.data ?? {};
      const paths: [(string | number)[], number][] = [];
      const sessions = group.map((r, i) => {
        paths.push([['sessions', i], r.row]);
        const s = r.values;
        return {
          date: s['date'],
          ...(s['start'] !== v['start'] ? { start: s['start'] } : {}),
          ...(s['end'] !== v['end'] ? { end: s['end'] } : {}),
          ...(s['place'] !== v['place'] ? { place: s['place'] } : {}),
          topics: s['topics'] ? String(s['topics']).split(';').map((t) => t.trim()).filter(Boolean) : [],
          announcedOn: s['announcedOn'],
        };
      });
      const announced = group.map((r) => String(r.values['announcedOn'])).sort();
      const data: Record<string, unknown> = {
        ...existing,
        title: v['title'],
        unit: v['unit'],
        official: { name: v['official'], title: v['officialTitle'], ...(v['phone'] ? { phone: v['phone'] } : {}) },
        place: v['place'],
        start: v['start'],
        end: v['end'],
        sessions,
        publishedOn: existing['publishedOn'] ?? announced[0],
      };
      delete data['sample'];
      return { id, data, rows: group.map((r) => r.row), ...locator(paths, group[0]!.row, { ...headers, phone: receptionHeaders.phone, place: receptionHeaders.place, date: receptionHeaders.date, start: receptionHeaders.start, end: receptionHeaders.end, topics: receptionHeaders.topics, unit: receptionHeaders.unit }) };
    });
    return { records, problems };
  },
};

// ————— Ngân sách —————

const budgetHeaders = {
  code: 'Mã bản ghi',
  title: 'Tiêu đề',
  summary: 'Tóm tắt',
  budgetKind: 'Loại',
  fiscalYear: 'Năm ngân sách',
  quarter: 'Quý',
  area: 'Địa bàn',
  issuingAuthority: 'Đơn vị ban hành',
  issuedOn: 'Ngày ban hành',
  publishedOn: 'Ngày đăng',
  unit: 'Đơn vị tính',
  section: 'Phần',
  level: 'Cấp',
  lineCode: 'Mã',
  name: 'Nội dung',
  amount: 'Số tiền',
  estimate: 'Dự toán',
};

const readLevel = (cell: Parameters<ColumnSpec['read']>[0]) => {
  const t = String(cell ?? '').trim().toLocaleLowerCase('vi');
  if (t === 'tổng' || t === 'tong') return { value: 'tong' };
  if (t === '1' || t === '2') return { value: Number(t) };
  return { error: `cấp là "Tổng" (dòng tổng của phần), 1 (dòng) hoặc 2 (dòng chi tiết của dòng cấp 1 ngay trên) (đang là "${String(cell ?? '')}")` };
};

export const budgetImport: ImportKind = {
  id: 'ngan-sach',
  label: 'Bảng số liệu ngân sách',
  collection: 'budgets',
  columns: (ctx) => [
    col(budgetHeaders.code, 'code', true, readCode, 'Mã của bản công khai (tên tệp), giống nhau trên mọi dòng của một bản, ví dụ thuc-hien-quy-3-2026-phuong-pho-hien'),
    col(budgetHeaders.title, 'title', true, readText, 'Tiêu đề bản công khai'),
    col(budgetHeaders.summary, 'summary', true, readText, 'Một hai câu tóm tắt cho người dân'),
    col(budgetHeaders.budgetKind, 'budgetKind', true, readChoice(budgetKinds), `Một trong: ${Object.values(budgetKinds).join('; ')}`),
    col(budgetHeaders.fiscalYear, 'fiscalYear', true, readInteger, 'Năm ngân sách, ví dụ 2026'),
    col(budgetHeaders.quarter, 'quarter', false, readInteger, 'Quý 1–4 (với báo cáo quý)'),
    col(budgetHeaders.area, 'area', false, readReference(ctx.areas, 'địa bàn'), 'Mã hoặc tên phường, xã (bỏ trống nếu của toàn địa bàn)'),
    col(budgetHeaders.issuingAuthority, 'issuingAuthority', true, readReference(ctx.units, 'đơn vị'), 'Mã hoặc tên đơn vị ban hành'),
    col(budgetHeaders.issuedOn, 'issuedOn', true, readDate, 'dd/mm/yyyy'),
    col(budgetHeaders.publishedOn, 'publishedOn', true, readDate, 'dd/mm/yyyy'),
    col(budgetHeaders.unit, 'unit', true, readChoice(budgetUnits), `Một trong: ${Object.values(budgetUnits).join('; ')}`),
    col(budgetHeaders.section, 'section', true, readText, 'Tên phần, ví dụ Tổng thu ngân sách phường'),
    col(budgetHeaders.level, 'level', true, readLevel, '"Tổng" cho dòng tổng của phần; 1 cho dòng; 2 cho dòng chi tiết của dòng cấp 1 ngay trên'),
    col(budgetHeaders.lineCode, 'lineCode', false, readText, 'Mã dòng (nếu có)'),
    col(budgetHeaders.name, 'name', false, readText, 'Nội dung dòng (bỏ trống ở dòng Tổng)'),
    col(budgetHeaders.amount, 'amount', true, readInteger, 'Số tiền, số nguyên theo đơn vị tính'),
    col(budgetHeaders.estimate, 'estimate', false, readInteger, 'Dự toán cả năm (với báo cáo thực hiện, quyết toán)'),
  ],
  assemble(sheet, rows, ctx) {
    const problems: ImportProblem[] = [];
    const meta = ['title', 'summary', 'budgetKind', 'fiscalYear', 'quarter', 'area', 'issuingAuthority', 'issuedOn', 'publishedOn', 'unit'];
    const records = groupBy(rows, 'code').map(([id, group]): AssembledRecord => {
      sameOnEveryRow(sheet, group, meta, budgetHeaders, problems);
      const first = (k: string) => group.find((r) => r.values[k] !== undefined)?.values[k];
      const paths: [(string | number)[], number][] = [];
      const sections: { title: string; total?: Record<string, unknown>; lines: Record<string, unknown>[] }[] = [];
      for (const r of group) {
        const v = r.values;
        let si = sections.findIndex((s) => s.title === v['section']);
        if (si < 0) si = sections.push({ title: String(v['section']), lines: [] }) - 1;
        const section = sections[si]!;
        const figures = { amount: v['amount'], ...(v['estimate'] !== undefined ? { estimate: v['estimate'] } : {}) };
        if (v['level'] === 'tong') {
          if (section.total) problems.push({ sheet, row: r.row, header: budgetHeaders.level, message: `phần "${section.title}" đã có dòng Tổng` });
          section.total = figures;
          paths.push([['sections', si, 'total'], r.row], [['sections', si], r.row]);
          continue;
        }
        if (!v['name']) {
          problems.push({ sheet, row: r.row, header: budgetHeaders.name, message: 'dòng cấp 1 hoặc 2 cần nội dung' });
          continue;
        }
        const line = { ...(v['lineCode'] ? { code: v['lineCode'] } : {}), name: v['name'], ...figures };
        if (v['level'] === 1) {
          paths.push([['sections', si, 'lines', section.lines.length], r.row]);
          section.lines.push({ ...line, lines: [] });
        } else {
          const parent = section.lines.at(-1);
          if (!parent) {
            problems.push({ sheet, row: r.row, header: budgetHeaders.level, message: 'dòng cấp 2 phải nằm dưới một dòng cấp 1 của cùng phần' });
            continue;
          }
          const children = parent['lines'] as Record<string, unknown>[];
          paths.push([['sections', si, 'lines', section.lines.length - 1, 'lines', children.length], r.row]);
          children.push(line);
        }
      }
      sections.forEach((s, si) => {
        if (!s.total) problems.push({ sheet, row: paths.find(([p]) => p[1] === si)?.[1] ?? group[0]!.row, header: budgetHeaders.level, message: `phần "${s.title}" thiếu dòng "Tổng"` });
      });
      const existing = ctx.existing('budgets', id);
      const data: Record<string, unknown> = {
        ...(existing?.data ?? {}),
        ...Object.fromEntries(meta.filter((k) => first(k) !== undefined).map((k) => [k, first(k)])),
        sections,
      };
      delete data['sample'];
      return {
        id,
        data,
        rows: group.map((r) => r.row),
        body: existing?.body ?? `Số liệu ${String(first('title')).toLocaleLowerCase('vi')} được nhập từ bảng tính của đơn vị.`,
        ...locator(paths, group[0]!.row, { ...budgetHeaders, code: budgetHeaders.lineCode, total: budgetHeaders.amount }),
      };
    });
    return { records, problems };
  },
};

// ————— Danh bạ —————

const contactHeaders = { area: 'Địa bàn', name: 'Họ tên', role: 'Chức danh', village: 'Thôn, tổ dân phố', group: 'Nhóm', workPhone: 'Điện thoại cơ quan' };

export const contactsImport: ImportKind = {
  id: 'danh-ba',
  label: 'Danh bạ phường, xã',
  collection: 'contacts',
  columns: (ctx) => [
    col(contactHeaders.area, 'area', true, readReference(ctx.areas, 'địa bàn'), 'Mã hoặc tên phường, xã'),
    col(contactHeaders.name, 'name', true, readText, 'Họ tên'),
    col(contactHeaders.role, 'role', true, readText, 'Chức danh công khai'),
    col(contactHeaders.village, 'village', false, readText, 'Thôn, tổ dân phố phụ trách (bỏ trống với lãnh đạo, công chức của phường, xã)'),
    col(contactHeaders.group, 'group', true, readChoice(ctx.contactGroups), `Một trong: ${Object.values(ctx.contactGroups).join('; ')}`),
    col(contactHeaders.workPhone, 'workPhone', false, readPhone, 'Chỉ điện thoại cơ quan, không ghi số cá nhân; định dạng cột là Văn bản'),
  ],
  assemble(_sheet, rows, ctx) {
    const records = groupBy(rows, 'area').map(([area, group]): AssembledRecord => {
      const existing = ctx.existing('contacts', area)?.data ?? {};
      const data: Record<string, unknown> = {
        ...existing,
        area,
        updated: ctx.today,
        people: group.map((r) => {
          const v = r.values;
          return { name: v['name'], role: v['role'], ...(v['village'] ? { village: v['village'] } : {}), group: v['group'], ...(v['workPhone'] ? { workPhone: v['workPhone'] } : {}) };
        }),
      };
      delete data['sample'];
      return { id: area, data, rows: group.map((r) => r.row), ...locator(group.map((r, i) => [['people', i], r.row]), group[0]!.row, contactHeaders) };
    });
    return { records, problems: [] };
  },
};

export const importKinds: ImportKind[] = [receptionImport, budgetImport, contactsImport];
