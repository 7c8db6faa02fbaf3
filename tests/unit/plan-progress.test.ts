import { describe, expect, it } from 'vitest';
import { countStatuses, percentDone, progressByItem, STATUS_ORDER, taskStatus } from '../../src/lib/plan/progress.ts';
import { inlineHtml } from '../../src/lib/inline.ts';

describe('task status on the build date', () => {
  it('is overdue the day after the stated deadline when a progress record says it is not done', () => {
    expect(taskStatus('dang-thuc-hien', { by: '2023-09-30' }, '2023-10-01')).toBe('qua-han');
    expect(taskStatus('chua-bat-dau', { by: '2023-09-30' }, '2023-10-01')).toBe('qua-han');
  });

  it('has no report, not overdue, the day after the deadline when there is no progress record', () => {
    expect(taskStatus(undefined, { by: '2023-09-30' }, '2023-10-01')).toBe('chua-co-bao-cao');
    expect(STATUS_ORDER).toContain('chua-co-bao-cao');
  });

  it('is neither on the deadline itself', () => {
    expect(taskStatus('dang-thuc-hien', { by: '2023-09-30' }, '2023-09-30')).toBe('dang-thuc-hien');
    expect(taskStatus(undefined, { by: '2023-09-30' }, '2023-09-30')).toBe('chua-bat-dau');
  });

  it('stays done after the deadline', () => {
    expect(taskStatus('hoan-thanh', { by: '2023-09-30' }, '2026-11-29')).toBe('hoan-thanh');
  });

  it('never makes work without a stated deadline overdue or unreported', () => {
    expect(taskStatus(undefined, {}, '2030-01-01')).toBe('chua-bat-dau');
    expect(taskStatus('dang-thuc-hien', {}, '2030-01-01')).toBe('dang-thuc-hien');
  });
});

describe('progress counts', () => {
  it('counts tasks per item and the share done', () => {
    const rows = progressByItem(
      [
        { number: 1, name: 'Một' },
        { number: 2, name: 'Hai' },
      ],
      [
        { item: 1, status: 'hoan-thanh' },
        { item: 1, status: 'qua-han' },
        { item: 1, status: 'hoan-thanh' },
        { item: 1, status: 'chua-co-bao-cao' },
        { item: 2, status: 'chua-bat-dau' },
      ],
    );
    expect(rows[0]).toEqual({
      item: 1,
      name: 'Một',
      total: 4,
      counts: { 'hoan-thanh': 2, 'dang-thuc-hien': 0, 'chua-bat-dau': 0, 'chua-co-bao-cao': 1, 'qua-han': 1 },
    });
    expect(percentDone(rows[0]!.counts)).toBe(50);
    expect(percentDone(countStatuses([]))).toBe(0);
  });
});

describe('inline marks', () => {
  it('renders emphasis and escapes everything else', () => {
    expect(inlineHtml('(*gửi kèm Kế hoạch này*) **hoàn thành trong quý I năm 2023** <script>')).toBe(
      '(<em>gửi kèm Kế hoạch này</em>) <strong>hoàn thành trong quý I năm 2023</strong> &lt;script&gt;',
    );
  });
});

import { tasksByUnit } from '../../src/lib/plan/by-unit.ts';

describe('tasks by unit', () => {
  it('lists what each unit leads and coordinates, once each', () => {
    const t1 = { id: '1', lead: ['noi-vu'], coordinators: ['xa', 'noi-vu'] };
    const t2 = { id: '2', lead: ['xa'], coordinators: [] };
    const map = tasksByUnit([t1, t2]);
    expect(map.get('noi-vu')).toEqual({ lead: [t1], coordinator: [] });
    expect(map.get('xa')).toEqual({ lead: [t2], coordinator: [t1] });
  });
});

import { documentHeading } from '../../src/lib/plan/format.ts';

describe('document heading', () => {
  it('writes the type in sentence case with its number', () => {
    expect(documentHeading('KẾ HOẠCH', '19/KH-UBND')).toBe('Kế hoạch số 19/KH-UBND');
    expect(documentHeading('QUYẾT ĐỊNH', '5/QĐ-UBND')).toBe('Quyết định số 5/QĐ-UBND');
  });
});
