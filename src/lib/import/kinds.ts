/**
 * The three spreadsheets the office fills in: reception sessions, budget tables and contacts. Each kind
 * names its columns (and what to write in them) and turns its rows into content records, remembering
 * which row each part came from so a problem found later still points at a cell.
 */
import type { CollectionName } from '../../collections.ts';
import { budgetKinds, budgetUnits } from '../../schemas/disclosures.ts';
import { readAmount, readChoice, readCode, readDate, readInteger, readPhone, readReference, readText, readTime } from './cells.ts';
import type { KeyedList } from './diff.ts';
import { cellText, type ColumnSpec, type ImportProblem, type ParsedRow } from './table.ts';

export interface ImportContext {
  today: string;
  units: { id: string; name: string }[];
  areas: { id: string; name: string }[];
  /** Labels of contact groups (lanh-dao → Lãnh đạo). */
  contactGroups: Record<string, string>;
  /** The record as written in its file: the YAML as read, without the schema's defaults, and its body. */
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
  /** Lists in this record whose items are matched by key when compared with the file. */
  keyed: Record<string, KeyedList>;
  /** Things the editor should know that are not errors (a second session on the same day…). */
  notes: string[];
}

export interface ImportKind {
  id: 'lich-tiep' | 'ngan-sach' | 'danh-ba';
  label: string;
  collection: CollectionName;
  /** Fields that only record that the import changed something (the contacts' "updated" date). */
  bookkeeping?: string[];
  columns(ctx: ImportContext): ColumnSpec[];
  assemble(sheet: string, rows: ParsedRow[], ctx: ImportContext): { records: AssembledRecord[]; problems: ImportProblem[] };
}

const col = (header: string, key: string, required: boolean, read: ColumnSpec['read'], note: string): ColumnSpec => ({
  header,
  key,
  required,
  read,
  note,
});

/** Rows grouped by a key, in the order the keys first appear. */
function groupBy(rows: ParsedRow[], key: string): [string, ParsedRow[]][] {
  const groups = new Map<string, ParsedRow[]>();
  for (const r of rows) {
    const k = cellText(r.values[key]);
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
        problems.push({
          sheet,
          row: r.row,
          ...(headers[k] ? { header: headers[k] } : {}),
          message: `khác với dòng ${first.row} ("${cellText(first.values[k])}"): các dòng cùng một mã phải ghi giống nhau`,
        });
      }
    }
  }
}

function locator(
  paths: [(string | number)[], number][],
  fallback: number,
  headers: Record<string, string>,
): Pick<AssembledRecord, 'rowOf' | 'headerOf'> {
  return {
    rowOf(path) {
      let best: [number, number] = [-1, fallback];
      for (const [p, row] of paths) {
        if (p.length > best[0] && p.every((seg, i) => cellText(path[i]) === cellText(seg))) best = [p.length, row];
      }
      return best[1];
    },
    headerOf(path) {
      return headers[cellText(path.at(-1))];
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
  action: 'Thao tác',
};

const receptionActions = { 'dinh-ky': 'Định kỳ', xoa: 'Xóa' };

/** The "Thao tác" cell: empty (or "Thêm", "Sửa") adds or updates; the kind's other actions by name. */
function readAction(actions: Record<string, string>) {
  const choice = readChoice(actions);
  return (cell: Parameters<ColumnSpec['read']>[0]) => {
    const t = cellText(cell ?? '')
      .normalize('NFC')
      .trim()
      .toLocaleLowerCase('vi');
    if (['thêm', 'sửa', 'thêm hoặc sửa', 'thêm, sửa'].includes(t)) return { value: 'them' };
    const read = choice(cell);
    return 'error' in read
      ? { error: `${read.error.replace('phải là một trong: ', 'để trống (thêm hoặc sửa), hoặc ghi một trong: ')}` }
      : read;
  };
}

const isoToVi = (iso: unknown) => cellText(iso).split('-').reverse().join('/');

/** Cells a row of this kind needs, reported at the cell when empty. */
function need(sheet: string, r: ParsedRow, keys: string[], headers: Record<string, string>, why: string, problems: ImportProblem[]) {
  for (const k of keys)
    if (r.values[k] === undefined) problems.push({ sheet, row: r.row, header: headers[k]!, message: `bắt buộc ${why} nhưng đang trống` });
}

type Session = Record<string, unknown>;

export const receptionImport: ImportKind = {
  id: 'lich-tiep',
  label: 'Lịch tiếp công dân',
  collection: 'receptions',
  columns: (ctx) => [
    col(
      receptionHeaders.code,
      'code',
      true,
      readCode,
      'Mã của lịch (tên tệp), giống nhau cho mọi buổi của một lịch, ví dụ lich-tiep-chu-tich-ubnd-phuong-pho-hien',
    ),
    col(receptionHeaders.title, 'title', true, readText, 'Tên lịch như người dân đọc'),
    col(receptionHeaders.unit, 'unit', true, readReference(ctx.units, 'đơn vị'), 'Mã hoặc tên đơn vị tiếp dân'),
    col(receptionHeaders.official, 'official', true, readText, 'Họ tên người tiếp'),
    col(receptionHeaders.officialTitle, 'officialTitle', true, readText, 'Chức vụ người tiếp'),
    col(
      receptionHeaders.phone,
      'phone',
      false,
      readPhone,
      'Điện thoại cơ quan (không ghi số cá nhân); định dạng cột là Văn bản. Bỏ trống thì giữ số đã có',
    ),
    { ...col(receptionHeaders.place, 'place', true, readText, 'Nơi tiếp (bỏ trống được ở dòng Xóa)'), cellOptional: true },
    { ...col(receptionHeaders.date, 'date', true, readDate, 'Ngày tiếp, dd/mm/yyyy (bỏ trống ở dòng Định kỳ)'), cellOptional: true },
    col(
      receptionHeaders.start,
      'start',
      true,
      readTime,
      'Giờ bắt đầu, HH:MM. Cùng với Ngày, là mã của buổi tiếp: nhập lại cùng ngày, cùng giờ bắt đầu thì sửa buổi đó',
    ),
    { ...col(receptionHeaders.end, 'end', true, readTime, 'Giờ kết thúc, HH:MM (bỏ trống được ở dòng Xóa)'), cellOptional: true },
    col(
      receptionHeaders.topics,
      'topics',
      false,
      readText,
      'Nội dung tiếp (nếu có); nhiều nội dung cách nhau bằng dấu chấm phẩy. Bỏ trống thì giữ nội dung đã có',
    ),
    {
      ...col(
        receptionHeaders.announcedOn,
        'announcedOn',
        true,
        readDate,
        'Ngày thông báo buổi tiếp, dd/mm/yyyy (cổng cảnh báo nếu ít hơn 5 ngày làm việc trước buổi tiếp); bỏ trống ở dòng Định kỳ, Xóa',
      ),
      cellOptional: true,
    },
    col(
      receptionHeaders.action,
      'action',
      false,
      readAction(receptionActions),
      'Bỏ trống: thêm buổi tiếp, hoặc sửa buổi đã có cùng Ngày và Giờ bắt đầu. "Định kỳ": đổi giờ, địa điểm, nội dung của lịch định kỳ (Ngày bỏ trống; quy tắc lặp giữ nguyên). "Xóa": xóa buổi tiếp có Ngày và Giờ bắt đầu này. Sửa, đổi, xóa chỉ được ghi khi chạy với --replace',
    ),
  ],
  assemble(sheet, rows, ctx) {
    const problems: ImportProblem[] = [];
    const headers: Record<string, string> = {
      ...receptionHeaders,
      name: receptionHeaders.official,
      title: receptionHeaders.title,
      announcedOn: receptionHeaders.announcedOn,
    };
    const records = groupBy(rows, 'code').map(([id, group]): AssembledRecord => {
      sameOnEveryRow(sheet, group, ['title', 'unit', 'official', 'officialTitle', 'phone'], receptionHeaders, problems);
      const notes: string[] = [];
      const v = group[0]!.values;
      const old = ctx.existing('receptions', id)?.data;
      const data: Record<string, unknown> = old ? structuredClone(old) : {};
      const sessionRows = group.filter((r) => r.values['action'] === undefined || r.values['action'] === 'them');
      const regularRows = group.filter((r) => r.values['action'] === 'dinh-ky');
      const removeRows = group.filter((r) => r.values['action'] === 'xoa');
      for (const r of sessionRows) need(sheet, r, ['date', 'end', 'place', 'announcedOn'], receptionHeaders, 'với một buổi tiếp', problems);
      for (const r of regularRows) need(sheet, r, ['end', 'place'], receptionHeaders, 'với dòng Định kỳ', problems);
      for (const r of removeRows)
        need(sheet, r, ['date'], receptionHeaders, 'với dòng Xóa (Ngày và Giờ bắt đầu chỉ buổi cần xóa)', problems);
      for (const r of regularRows.slice(1))
        problems.push({
          sheet,
          row: r.row,
          header: receptionHeaders.action,
          message: `lịch "${id}" đã có dòng Định kỳ ở dòng ${regularRows[0]!.row}`,
        });

      data['title'] = v['title'];
      data['unit'] = v['unit'];
      // An empty phone cell keeps the phone on file: only what the sheet names changes.
      data['official'] = {
        ...(old?.['official'] ?? {}),
        name: v['official'],
        title: v['officialTitle'],
        ...(v['phone'] ? { phone: v['phone'] } : {}),
      };

      // The schedule's own time and place (those of the recurring sessions) change only on a "Định kỳ" row;
      // a new schedule without one takes them from its first session.
      const oldDefaults = { start: old?.['start'], end: old?.['end'], place: old?.['place'] };
      const regular = regularRows[0]?.values ?? (old ? undefined : sessionRows[0]?.values);
      const sessions = [...((data['sessions'] as Session[] | undefined) ?? [])];
      if (regular) {
        for (const k of ['start', 'end', 'place'] as const) {
          if (regular[k] === undefined || regular[k] === oldDefaults[k]) continue;
          // A one-off session that took the old time or place keeps it: the weekly change is not its change.
          if (oldDefaults[k] !== undefined) for (const s of sessions) if (s[k] === undefined) s[k] = oldDefaults[k];
          data[k] = regular[k];
        }
        if (regularRows[0] && regular['topics']) data['topics'] = splitTopics(regular['topics']);
      }
      // A session is known by its date and start time. While merging, a session without its own start has
      // the schedule's current one (those whose default changed were pinned above).
      const startIn = (s: Session) => cellText(s['start'] ?? data['start']);
      const keyIn = (s: Session) => `${cellText(s['date'])} ${startIn(s)}`;

      const seen = new Map<string, number>();
      const paths: [(string | number)[], number][] = [];
      for (const r of sessionRows) {
        const s = r.values;
        if (s['date'] === undefined) continue;
        const key = `${cellText(s['date'])} ${cellText(s['start'])}`;
        if (seen.has(key)) {
          problems.push({
            sheet,
            row: r.row,
            header: receptionHeaders.date,
            message: `buổi tiếp ngày ${isoToVi(s['date'])} lúc ${cellText(s['start'])} đã có ở dòng ${seen.get(key)}`,
          });
          continue;
        }
        seen.set(key, r.row);
        const at = sessions.findIndex((x) => keyIn(x) === key);
        if (at < 0) {
          const sameDay = sessions.filter((x) => x['date'] === s['date']).map(startIn);
          if (sameDay.length && old)
            notes.push(
              `ngày ${isoToVi(s['date'])} đã có buổi tiếp lúc ${sameDay.join(', ')}: buổi lúc ${cellText(s['start'])} được thêm, buổi đã có giữ nguyên. Nếu là đổi giờ, thêm một dòng "Xóa" cho buổi cũ.`,
            );
          paths.push([['sessions', sessions.length], r.row]);
          sessions.push({
            date: s['date'],
            ...(s['start'] !== data['start'] ? { start: s['start'] } : {}),
            ...(s['end'] !== data['end'] ? { end: s['end'] } : {}),
            ...(s['place'] !== data['place'] ? { place: s['place'] } : {}),
            topics: s['topics'] ? splitTopics(s['topics']) : [],
            announcedOn: s['announcedOn'],
          });
          continue;
        }
        const existing = { ...sessions[at]! };
        for (const k of ['start', 'end', 'place'] as const) {
          if (s[k] !== undefined && (existing[k] !== undefined || s[k] !== data[k])) existing[k] = s[k];
        }
        if (s['topics']) existing['topics'] = splitTopics(s['topics']);
        if (s['announcedOn'] !== undefined) existing['announcedOn'] = s['announcedOn'];
        paths.push([['sessions', at], r.row]);
        sessions[at] = existing;
      }
      for (const r of removeRows) {
        const s = r.values;
        if (s['date'] === undefined) continue;
        const key = `${cellText(s['date'])} ${cellText(s['start'])}`;
        const at = sessions.findIndex((x) => keyIn(x) === key);
        if (at < 0)
          problems.push({
            sheet,
            row: r.row,
            header: receptionHeaders.date,
            message: `không có buổi tiếp ngày ${isoToVi(s['date'])} lúc ${cellText(s['start'])} để xóa${old ? '' : ` (lịch "${id}" chưa có)`}`,
          });
        else sessions.splice(at, 1);
      }
      if (sessions.length || data['sessions'] !== undefined) data['sessions'] = sessions;
      const announced = sessionRows
        .map((r) => r.values['announcedOn'])
        .filter((d) => d !== undefined)
        .map(String)
        .sort();
      data['publishedOn'] ??= announced[0] ?? ctx.today;
      // Compared with the file, a session of the file without its own start had the old default.
      const written = new Set(sessions);
      const startOf = (s: Session) => cellText(s['start'] ?? (written.has(s) ? data['start'] : oldDefaults.start));
      const keyed = {
        sessions: {
          key: (s: Session) => `${cellText(s['date'])} ${startOf(s)}`,
          label: (s: Session) => `Buổi tiếp ${isoToVi(s['date'])} ${startOf(s)}`,
        },
      };
      return {
        id,
        data,
        rows: group.map((r) => r.row),
        keyed,
        notes,
        ...locator(paths, group[0]!.row, {
          ...headers,
          phone: receptionHeaders.phone,
          place: receptionHeaders.place,
          date: receptionHeaders.date,
          start: receptionHeaders.start,
          end: receptionHeaders.end,
          topics: receptionHeaders.topics,
          unit: receptionHeaders.unit,
        }),
      };
    });
    return { records, problems };
  },
};

const splitTopics = (cell: unknown) =>
  cellText(cell)
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean);

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

const amountNote = (what: string) =>
  `${what}: số nguyên theo đơn vị tính, không có phần thập phân. Ghi 1200000, 1.200.000 (dấu chấm ngăn hàng nghìn) hoặc 1,200,000; không ghi 1200.0, 1.200,5, 1.200 hay 1,200`;

const readLevel = (cell: Parameters<ColumnSpec['read']>[0]) => {
  const t = cellText(cell ?? '')
    .trim()
    .toLocaleLowerCase('vi');
  if (t === 'tổng' || t === 'tong') return { value: 'tong' };
  if (t === '1' || t === '2') return { value: Number(t) };
  return {
    error: `cấp là "Tổng" (dòng tổng của phần), 1 (dòng) hoặc 2 (dòng chi tiết của dòng cấp 1 ngay trên) (đang là "${cellText(cell ?? '')}")`,
  };
};

export const budgetImport: ImportKind = {
  id: 'ngan-sach',
  label: 'Bảng số liệu ngân sách',
  collection: 'budgets',
  columns: (ctx) => [
    col(
      budgetHeaders.code,
      'code',
      true,
      readCode,
      'Mã của bản công khai (tên tệp), giống nhau trên mọi dòng của một bản, ví dụ thuc-hien-quy-3-2026-phuong-pho-hien',
    ),
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
    col(
      budgetHeaders.level,
      'level',
      true,
      readLevel,
      '"Tổng" cho dòng tổng của phần; 1 cho dòng; 2 cho dòng chi tiết của dòng cấp 1 ngay trên',
    ),
    col(budgetHeaders.lineCode, 'lineCode', false, readText, 'Mã dòng (nếu có)'),
    col(budgetHeaders.name, 'name', false, readText, 'Nội dung dòng (bỏ trống ở dòng Tổng)'),
    col(budgetHeaders.amount, 'amount', true, readAmount, amountNote('Số tiền')),
    col(budgetHeaders.estimate, 'estimate', false, readAmount, amountNote('Dự toán cả năm (với báo cáo thực hiện, quyết toán)')),
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
        if (si < 0) si = sections.push({ title: cellText(v['section']), lines: [] }) - 1;
        const section = sections[si]!;
        const figures = { amount: v['amount'], ...(v['estimate'] !== undefined ? { estimate: v['estimate'] } : {}) };
        if (v['level'] === 'tong') {
          if (section.total)
            problems.push({ sheet, row: r.row, header: budgetHeaders.level, message: `phần "${section.title}" đã có dòng Tổng` });
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
            problems.push({
              sheet,
              row: r.row,
              header: budgetHeaders.level,
              message: 'dòng cấp 2 phải nằm dưới một dòng cấp 1 của cùng phần',
            });
            continue;
          }
          const children = parent['lines'] as Record<string, unknown>[];
          paths.push([['sections', si, 'lines', section.lines.length - 1, 'lines', children.length], r.row]);
          children.push(line);
        }
      }
      sections.forEach((s, si) => {
        if (!s.total)
          problems.push({
            sheet,
            row: paths.find(([p]) => p[1] === si)?.[1] ?? group[0]!.row,
            header: budgetHeaders.level,
            message: `phần "${s.title}" thiếu dòng "Tổng"`,
          });
      });
      // A budget table is one whole: its sections replace those on file (listed as changes, written only
      // with --replace); fields the sheet has no column for (attachments, sample, draft) and the body stay.
      const existing = ctx.existing('budgets', id);
      const data: Record<string, unknown> = {
        ...structuredClone(existing?.data ?? {}),
        ...Object.fromEntries(meta.filter((k) => first(k) !== undefined).map((k) => [k, first(k)])),
        sections,
      };
      return {
        id,
        data,
        rows: group.map((r) => r.row),
        keyed: {},
        notes: [],
        body: existing?.body ?? `Số liệu ${cellText(first('title')).toLocaleLowerCase('vi')} được nhập từ bảng tính của đơn vị.`,
        ...locator(paths, group[0]!.row, { ...budgetHeaders, code: budgetHeaders.lineCode, total: budgetHeaders.amount }),
      };
    });
    return { records, problems };
  },
};

// ————— Danh bạ —————

const contactHeaders = {
  area: 'Địa bàn',
  name: 'Họ tên',
  role: 'Chức danh',
  village: 'Thôn, tổ dân phố',
  group: 'Nhóm',
  workPhone: 'Điện thoại cơ quan',
  action: 'Thao tác',
};

/** Old and new places of the tone mark ("Uỷ"/"Ủy", "hoà"/"hòa") spell the same word. */
const oldTonePlacement: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};

/**
 * Who a contact is, for matching a sheet row with the list on file: the name and the role, compared in
 * NFC, lower case, with runs of spaces as one and either place of the tone mark. The same person listed
 * under two roles (chairman and council delegate) is two entries, as on the page.
 */
export function personKey(name: unknown, role: unknown): string {
  const norm = (t: unknown) =>
    cellText(t ?? '')
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      .trim()
      .toLocaleLowerCase('vi')
      .replace(/(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/gu, (m) => oldTonePlacement[m] ?? m);
  return `${norm(name)} | ${norm(role)}`;
}

type Person = Record<string, unknown>;

export const contactsImport: ImportKind = {
  id: 'danh-ba',
  label: 'Danh bạ phường, xã',
  collection: 'contacts',
  bookkeeping: ['updated'],
  columns: (ctx) => [
    col(contactHeaders.area, 'area', true, readReference(ctx.areas, 'địa bàn'), 'Mã hoặc tên phường, xã'),
    col(
      contactHeaders.name,
      'name',
      true,
      readText,
      'Họ tên. Cùng với Chức danh, chỉ một người trong danh bạ: nhập lại cùng họ tên, chức danh thì sửa người đó',
    ),
    col(contactHeaders.role, 'role', true, readText, 'Chức danh công khai'),
    col(
      contactHeaders.village,
      'village',
      false,
      readText,
      'Thôn, tổ dân phố phụ trách (bỏ trống với lãnh đạo, công chức của phường, xã). Bỏ trống thì giữ như đã có',
    ),
    col(contactHeaders.group, 'group', true, readChoice(ctx.contactGroups), `Một trong: ${Object.values(ctx.contactGroups).join('; ')}`),
    col(
      contactHeaders.workPhone,
      'workPhone',
      false,
      readPhone,
      'Chỉ điện thoại cơ quan, không ghi số cá nhân; định dạng cột là Văn bản. Bỏ trống thì giữ số đã có',
    ),
    col(
      contactHeaders.action,
      'action',
      false,
      readAction({ xoa: 'Xóa' }),
      'Bỏ trống: thêm người, hoặc sửa người đã có cùng Họ tên và Chức danh. "Xóa": xóa người đó khỏi danh bạ. Người không có trong bảng được giữ nguyên. Sửa, xóa chỉ được ghi khi chạy với --replace',
    ),
  ],
  assemble(sheet, rows, ctx) {
    const problems: ImportProblem[] = [];
    const records = groupBy(rows, 'area').map(([area, group]): AssembledRecord => {
      const notes: string[] = [];
      const old = ctx.existing('contacts', area)?.data;
      const data: Record<string, unknown> = old ? structuredClone(old) : { area, updated: ctx.today };
      const people = [...((data['people'] as Person[] | undefined) ?? [])];
      const keyOf = (p: Person) => personKey(p['name'], p['role']);
      const seen = new Map<string, number>();
      const paths: [(string | number)[], number][] = [];
      for (const r of group) {
        const v = r.values;
        if (v['name'] === undefined || v['role'] === undefined) continue;
        const key = personKey(v['name'], v['role']);
        if (seen.has(key)) {
          problems.push({
            sheet,
            row: r.row,
            header: contactHeaders.name,
            message: `"${cellText(v['name'])}" (${cellText(v['role'])}) đã có ở dòng ${seen.get(key)}`,
          });
          continue;
        }
        seen.set(key, r.row);
        const at = people.findIndex((p) => keyOf(p) === key);
        if (v['action'] === 'xoa') {
          if (at < 0)
            problems.push({
              sheet,
              row: r.row,
              header: contactHeaders.name,
              message: `không có "${cellText(v['name'])}" (${cellText(v['role'])}) trong danh bạ để xóa`,
            });
          else people.splice(at, 1);
          continue;
        }
        if (at < 0) {
          const sameName = people.filter((p) => personKey(p['name'], '') === personKey(v['name'], '')).map((p) => cellText(p['role']));
          if (sameName.length)
            notes.push(
              `"${cellText(v['name'])}" đã có trong danh bạ với chức danh ${sameName.map((x) => `"${x}"`).join(', ')}: người với chức danh "${cellText(v['role'])}" được thêm, mục cũ giữ nguyên. Nếu là đổi chức danh, thêm một dòng "Xóa" cho mục cũ.`,
            );
          paths.push([['people', people.length], r.row]);
          people.push({
            name: v['name'],
            role: v['role'],
            ...(v['village'] ? { village: v['village'] } : {}),
            group: v['group'],
            ...(v['workPhone'] ? { workPhone: v['workPhone'] } : {}),
          });
          continue;
        }
        // The name and role on file stay as written; the other cells change only where the sheet fills them.
        const person = { ...people[at]! };
        for (const k of ['village', 'group', 'workPhone']) if (v[k] !== undefined) person[k] = v[k];
        paths.push([['people', at], r.row]);
        people[at] = person;
      }
      data['people'] = people;
      if (old && JSON.stringify(old['people']) !== JSON.stringify(people)) data['updated'] = ctx.today;
      return {
        id: area,
        data,
        rows: group.map((r) => r.row),
        keyed: { people: { key: keyOf, label: (p: Person) => `${cellText(p['name'])} (${cellText(p['role'])})` } },
        notes,
        ...locator(paths, group[0]!.row, contactHeaders),
      };
    });
    return { records, problems };
  },
};

export const importKinds: ImportKind[] = [receptionImport, budgetImport, contactsImport];
