/**
 * Reception schedules as citizens get them: upcoming sessions from the build date, per-unit pages with
 * changes, month views, iCalendar feeds that parse with ical.js, and the contacts directory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readCollectionFiles } from '../../src/lib/content/read.ts';
import { collectionDefs, type CollectionData } from '../../src/collections.ts';
import { WorkingCalendar } from '../../src/lib/calendar/working-days.ts';
import { addDays, dateRange } from '../../src/lib/calendar/iso.ts';
import { sessionsBetween, type ScheduleInput } from '../../src/lib/reception/occurrences.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { builtOn, distDir, loadPage, visibleText } from '../support/dist.ts';

const today = builtOn();
const holidays = readCollectionFiles('content', { dir: 'holidays', format: 'yaml' }).map(
  (h) => h.data as { year: number; daysOff: { from: string; to: string; name: string }[]; workingDays?: { date: string; name: string }[] },
);
const calendar = new WorkingCalendar(
  holidays.map((h) => ({
    year: h.year,
    daysOff: h.daysOff.flatMap((r) => [...dateRange(r.from, r.to)].map((date) => ({ date, name: r.name }))),
    workingDays: h.workingDays ?? [],
  })),
);
const schedules = readCollectionFiles('content', { dir: 'reception', format: 'yaml' }).map((s) => {
  // The schema fills in the defaults (topics, shift, …) as the site's loader does.
  const d = collectionDefs.receptions.schema.parse(s.data) as CollectionData['receptions'];
  const input: ScheduleInput = { ...d, id: s.id };
  return { id: s.id, unit: d.unit, input };
});
const expected = (from: string, to: string, unit?: string) =>
  schedules.filter((s) => !unit || s.unit === unit).flatMap((s) => sessionsBetween(s.input, calendar, from, to));

function parseIcs(file: string) {
  const text = readFileSync(path.join(distDir, file), 'utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  return { text, events: cal.getAllSubcomponents('vevent'), cal };
}

describe('upcoming sessions', () => {
  const upcoming = expected(today, addDays(today, 55));

  it('shows the next 8 weeks from the build date, with that date', () => {
    const $ = loadPage('/lich-tiep-cong-dan/');
    expect(visibleText($, 'main')).toContain(`Lịch 8 tuần kể từ ngày ${formatDate(today)}`);
    expect(upcoming.length).toBeGreaterThan(10);
    expect(
      $('main [data-session]')
        .toArray()
        .map((e) => $(e).attr('data-session'))
        .sort(),
    ).toEqual(upcoming.map((s) => s.uid).sort());
  });

  it('shows the receiving official with name, title and work phone, and the place', () => {
    const text = visibleText(loadPage('/lich-tiep-cong-dan/'), 'main');
    expect(text).toMatch(
      /Người tiếp Nguyễn Văn X, chủ tịch ủy ban nhân dân phường \(Ủy ban nhân dân phường Phố Hiến\) · điện thoại 0000 000 201/,
    );
    expect(text).toContain('Phòng tiếp công dân, trụ sở Ủy ban nhân dân phường Phố Hiến');
  });

  it('flags sessions announced fewer than 5 working days ahead', () => {
    const late = upcoming.filter((s) => s.late && s.status === 'scheduled');
    const $ = loadPage('/lich-tiep-cong-dan/');
    for (const s of late) expect($(`[data-session="${s.uid}"]`).text()).toContain('Thông báo muộn');
  });
});

describe('changes', () => {
  const all = expected(addDays(today, -90), addDays(today, 365));
  const cancelled = all.filter((s) => s.status === 'cancelled');

  it('shows a cancelled session as cancelled on its unit page and in the feeds', () => {
    expect(cancelled.length).toBeGreaterThan(0);
    for (const s of cancelled) {
      const unit = schedules.find((x) => x.id === s.scheduleId)!.unit;
      const $ = loadPage(`/lich-tiep-cong-dan/don-vi/${unit}/`);
      expect($(`[data-session="${s.uid}"][data-status="cancelled"]`).text()).toContain('Đã hủy');
      for (const file of ['lich-tiep-cong-dan/lich.ics', `lich-tiep-cong-dan/don-vi/${unit}.ics`]) {
        const ev = parseIcs(file).events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith(`${s.uid}@`));
        expect(ev?.getFirstPropertyValue('status'), file).toBe('CANCELLED');
      }
    }
  });

  it('shows a postponed session with its new date', () => {
    const postponed = all.filter((s) => s.status === 'postponed');
    expect(postponed.length).toBeGreaterThan(0);
    const moved = all.find((s) => s.replaces === postponed[0]!.date)!;
    expect(moved.date).toBe(postponed[0]!.newDate);
  });
});

describe('iCalendar feeds', () => {
  it('list every session of the feed window, in Asia/Ho_Chi_Minh, for all units and for each unit', () => {
    const window = [addDays(today, -90), addDays(today, 365)] as const;
    const all = parseIcs('lich-tiep-cong-dan/lich.ics');
    expect(all.events.map((e) => String(e.getFirstPropertyValue('uid')).split('@')[0]).sort()).toEqual(
      expected(...window)
        .map((s) => s.uid)
        .sort(),
    );
    expect(all.cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    expect(all.events.every((e) => e.getFirstProperty('dtstart')?.getParameter('tzid') === 'Asia/Ho_Chi_Minh')).toBe(true);
    for (const unit of new Set(schedules.map((s) => s.unit))) {
      const one = parseIcs(`lich-tiep-cong-dan/don-vi/${unit}.ics`);
      expect(one.events.length, unit).toBe(expected(...window, unit).length);
    }
  });

  it('offers each upcoming session as its own file for "Thêm vào lịch"', () => {
    const $ = loadPage('/lich-tiep-cong-dan/');
    const links = $('main a[href^="/lich-tiep-cong-dan/su-kien/"]')
      .toArray()
      .map((a) => $(a).attr('href')!);
    expect(links.length).toBeGreaterThan(5);
    const one = parseIcs(links[0]!.slice(1));
    expect(one.events).toHaveLength(1);
  });
});

describe('month view, notice and contacts', () => {
  it('shows sessions and holidays in a month grid', () => {
    const month = today.slice(0, 7);
    const $ = loadPage(`/lich-tiep-cong-dan/thang/${month}/`);
    expect($('main table tbody tr').length).toBeGreaterThanOrEqual(4);
    const inMonth = expected(`${month}-01`, `${month}-31`);
    expect($('main [data-session]').length).toBe(inMonth.length);
  });

  it('has a printable notice with a QR code pointing to the unit page', () => {
    const $ = loadPage('/lich-tiep-cong-dan/don-vi/ubnd-phuong-pho-hien/niem-yet/');
    expect($('.qr svg')).toHaveLength(1);
    expect($('.qr').attr('aria-label')).toContain('/lich-tiep-cong-dan/don-vi/ubnd-phuong-pho-hien/');
  });

  it('lists contacts per ward with role and work phone only, labelled as sample data', () => {
    const $ = loadPage('/lien-he/danh-ba/pho-hien/');
    const text = visibleText($, 'main');
    expect(text).toContain('Dữ liệu mẫu');
    expect(text).toContain('Đại biểu Hội đồng nhân dân');
    expect(text).toContain('Tổ trưởng');
    expect($('main a[href^="tel:"]').length).toBeGreaterThan(3);
    // Work phones only: office landlines (02…), or in sample data the undialable 0000 000 xxx; never a mobile.
    expect(
      $('main a[href^="tel:"]')
        .toArray()
        .every((a) => /^tel:(02|0000)\d+$/.test($(a).attr('href')!)),
    ).toBe(true);
  });
});
