import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { applyChanges, diffData, formatChanges, replaces, type DiffSpec } from '../../src/lib/import/diff.ts';
import { contactsImport, personKey, receptionImport, type ImportContext } from '../../src/lib/import/kinds.ts';
import type { ParsedRow } from '../../src/lib/import/table.ts';

const people: DiffSpec = {
  label: (p) => String(p.at(-1)),
  keyed: { people: { key: (p) => String(p['name']), label: (p) => String(p['name']) } },
};

describe('comparing a record on file with what an import would write', () => {
  it('matches list items by key, so an item added in front changes nothing else', () => {
    const old = {
      people: [
        { name: 'A', phone: '1' },
        { name: 'B', phone: '2' },
      ],
    };
    const next = {
      people: [
        { name: 'C', phone: '3' },
        { name: 'A', phone: '1' },
        { name: 'B', phone: '9' },
      ],
    };
    const changes = diffData(old, next, people);
    expect(formatChanges(changes)).toEqual(['  thêm  C: name: "C", phone: "3"', '  sửa  B › phone: "2" → "9"']);
    expect(changes.filter(replaces)).toHaveLength(1);
  });

  it('counts a removed item or field as a replacement, an added one not', () => {
    const changes = diffData({ people: [{ name: 'A' }], note: 'x' }, { people: [], extra: 'y' }, people);
    expect(changes.map((c) => [c.op, replaces(c)])).toEqual([
      ['remove', true],
      ['remove', true],
      ['add', false],
    ]);
  });

  it('applies the changes to the file and keeps every other byte: comments, quotes, one-line items', () => {
    const text =
      "# mẫu\narea: x\npeople:\n  - { name: A, phone: '1' } # trưởng thôn\n  - { name: B, phone: '2' }\n  - { name: D, phone: '4' }\n";
    const old = parseDocument(text).toJS();
    const next = {
      area: 'x',
      people: [
        { name: 'A', phone: '1' },
        { name: 'B', phone: '22' },
        { name: 'E', phone: '5' },
      ],
    };
    const doc = parseDocument(text);
    applyChanges(doc, diffData(old, next, people));
    expect(doc.toString({ lineWidth: 0 })).toBe(
      "# mẫu\narea: x\npeople:\n  - { name: A, phone: '1' } # trưởng thôn\n  - { name: B, phone: '22' }\n  - { name: E, phone: \"5\" }\n",
    );
  });

  it('writes times quoted, as in the hand-written files', () => {
    const doc = parseDocument('start: "07:30"\n');
    applyChanges(
      doc,
      diffData({ start: '07:30' }, { start: '07:30', sessions: [{ date: '2026-12-18', start: '14:00' }] }, { label: String, keyed: {} }),
    );
    expect(doc.toString()).toBe('start: "07:30"\nsessions:\n  - date: 2026-12-18\n    start: \'14:00\'\n');
  });
});

describe('who a contact is', () => {
  it('is the same person whatever the case, spacing or place of the tone mark', () => {
    expect(personKey('Nguyễn  Văn X', 'Chủ tịch Uỷ ban nhân dân phường')).toBe(
      personKey('nguyễn văn x', 'Chủ tịch Ủy ban nhân dân phường'),
    );
    expect(personKey('Lê Thị Hoà', 'Tổ trưởng')).toBe(personKey('Lê Thị Hòa', 'Tổ trưởng'));
    expect(personKey('Lê Thị Hoà', 'Tổ trưởng')).not.toBe(personKey('Lê Thị Hoa', 'Tổ trưởng'));
    expect(personKey('Nguyễn Văn X', 'Chủ tịch')).not.toBe(personKey('Nguyễn Văn X', 'Đại biểu'));
  });
});

const row = (n: number, values: Record<string, unknown>): ParsedRow => ({ row: n, values });
const ctxWith = (collection: string, data: Record<string, unknown>): ImportContext => ({
  today: '2026-11-29',
  units: [],
  areas: [],
  contactGroups: {},
  existing: (c) => (c === collection ? { data: structuredClone(data) } : undefined),
});

describe('merging reception rows into a schedule on file', () => {
  const onFile = {
    title: 'Lịch',
    unit: 'ubnd',
    official: { name: 'X', title: 'Chủ tịch', phone: '0221 3000 401' },
    place: 'Trụ sở',
    start: '07:30',
    end: '11:30',
    recurrence: { description: 'thứ Tư', rule: 'FREQ=WEEKLY;BYDAY=WE', from: '2025-07-02' },
    sessions: [{ date: '2026-12-04', topics: [], announcedOn: '2026-12-01' }],
    publishedOn: '2025-07-01',
  };
  const base = { code: 'lich', title: 'Lịch', unit: 'ubnd', official: 'X', officialTitle: 'Chủ tịch' };

  it('keeps a one-off session on the old time when the weekly time changes on a "Định kỳ" row', () => {
    const { records, problems } = receptionImport.assemble(
      'S',
      [row(2, { ...base, action: 'dinh-ky', start: '08:00', end: '11:00', place: 'Trụ sở' })],
      ctxWith('receptions', onFile),
    );
    expect(problems).toEqual([]);
    const data = records[0]!.data;
    expect(data['start']).toBe('08:00');
    expect(data['sessions']).toEqual([{ date: '2026-12-04', topics: [], announcedOn: '2026-12-01', start: '07:30', end: '11:30' }]);
    expect(data['recurrence']).toEqual(onFile.recurrence);
    expect(data['official']).toEqual(onFile.official);
  });

  it('updates the session with the same date and start, and adds one at another time of the same day with a note', () => {
    const rows = [
      row(2, { ...base, date: '2026-12-04', start: '07:30', end: '11:30', place: 'Trụ sở', topics: 'Đất đai', announcedOn: '2026-11-20' }),
      row(3, { ...base, date: '2026-12-04', start: '14:00', end: '16:00', place: 'Trụ sở', announcedOn: '2026-11-20' }),
    ];
    const { records } = receptionImport.assemble('S', rows, ctxWith('receptions', onFile));
    expect(records[0]!.data['sessions']).toEqual([
      { date: '2026-12-04', topics: ['Đất đai'], announcedOn: '2026-11-20' },
      { date: '2026-12-04', start: '14:00', end: '16:00', topics: [], announcedOn: '2026-11-20' },
    ]);
    expect(records[0]!.notes).toEqual([expect.stringContaining('ngày 04/12/2026 đã có buổi tiếp lúc 07:30')]);
    expect(records[0]!.data['start']).toBe('07:30');
  });

  it('refuses to delete a session that is not there, naming the row', () => {
    const { problems } = receptionImport.assemble(
      'S',
      [row(4, { ...base, action: 'xoa', date: '2026-12-05', start: '07:30' })],
      ctxWith('receptions', onFile),
    );
    expect(problems).toEqual([{ sheet: 'S', row: 4, header: 'Ngày', message: 'không có buổi tiếp ngày 05/12/2026 lúc 07:30 để xóa' }]);
  });
});

describe('merging contact rows into an area on file', () => {
  const onFile = {
    area: 'pho-hien',
    updated: '2026-11-20',
    people: [
      { name: 'A', role: 'Chủ tịch', group: 'lanh-dao' },
      { name: 'B', role: 'Tổ trưởng', group: 'truong-thon', village: 'Tổ 1' },
    ],
  };

  it('keeps everyone the sheet does not name, and dates the list only when it changes', () => {
    const { records } = contactsImport.assemble(
      'S',
      [row(2, { area: 'pho-hien', name: 'C', role: 'Công chức', group: 'cong-chuc' })],
      ctxWith('contacts', onFile),
    );
    expect(records[0]!.data['people']).toEqual([...onFile.people, { name: 'C', role: 'Công chức', group: 'cong-chuc' }]);
    expect(records[0]!.data['updated']).toBe('2026-11-29');
    const same = contactsImport.assemble(
      'S',
      [row(2, { area: 'pho-hien', name: 'b', role: 'tổ trưởng', group: 'truong-thon' })],
      ctxWith('contacts', onFile),
    );
    expect(same.records[0]!.data).toEqual(onFile);
  });

  it('removes a person only on a row marked "Xóa"', () => {
    const { records } = contactsImport.assemble(
      'S',
      [row(2, { area: 'pho-hien', name: 'A', role: 'Chủ tịch', group: 'lanh-dao', action: 'xoa' })],
      ctxWith('contacts', onFile),
    );
    expect(records[0]!.data['people']).toEqual([onFile.people[1]]);
  });
});
