import { describe, expect, it } from 'vitest';
import { assess, assessOne, dueWindow, type ObligationRule, type PublishedItem } from '../../src/lib/compliance.ts';

const quarterly: ObligationRule = {
  id: 'thuc-hien-quy',
  cadence: 'quarterly',
  dueDates: ['01-15', '04-15', '07-15', '10-15'],
  scope: 'each-area',
};
const item = (publishedOn: string, area = 'pho-hien'): PublishedItem => ({
  id: publishedOn,
  url: `/x/${publishedOn}/`,
  title: publishedOn,
  publishedOn,
  area,
});

describe('due dates around quarter ends', () => {
  it('finds the last and next due dates', () => {
    expect(dueWindow(quarterly.dueDates, '2026-10-16')).toEqual({ previous: '2026-07-15', last: '2026-10-15', next: '2027-01-15' });
    // On the due date itself the edition is still on time.
    expect(dueWindow(quarterly.dueDates, '2026-10-15')).toEqual({ previous: '2026-04-15', last: '2026-07-15', next: '2026-10-15' });
    expect(dueWindow(['01-31'], '2026-01-05')).toEqual({ previous: '2024-01-31', last: '2025-01-31', next: '2026-01-31' });
  });
});

describe('quarterly budget execution', () => {
  it("is published when this cycle's edition is out", () => {
    // Q3 report due 15/10, published 10/10; on 20/10 the cycle is met.
    expect(assessOne(quarterly, [item('2026-07-10'), item('2026-10-10')], '2026-10-20').status).toBe('published');
  });

  it('is overdue the day after a due date with nothing published since the one before', () => {
    expect(assessOne(quarterly, [item('2026-07-10')], '2026-10-15').status).toBe('due-soon');
    expect(assessOne(quarterly, [item('2026-07-10')], '2026-10-16').status).toBe('overdue');
  });

  it('is due soon in the two weeks before a due date', () => {
    expect(assessOne(quarterly, [item('2026-07-10')], '2026-09-30').status).toBe('published');
    expect(assessOne(quarterly, [item('2026-07-10')], '2026-10-01').status).toBe('due-soon');
  });

  it('is missing when nothing was ever published, and ignores items dated after today', () => {
    expect(assessOne(quarterly, [], '2026-10-20').status).toBe('missing');
    expect(assessOne(quarterly, [item('2026-12-01')], '2026-10-20').status).toBe('missing');
  });
});

describe('other cadences and scopes', () => {
  it('counts an on-change obligation as published once anything is', () => {
    const onChange: ObligationRule = { id: 'ket-luan', cadence: 'on-change', dueDates: [], scope: 'locality' };
    expect(assessOne(onChange, [item('2023-05-01')], '2026-11-29').status).toBe('published');
  });

  it('makes a before-event obligation overdue when a session was announced late', () => {
    const beforeEvent: ObligationRule = { id: 'lich-tiep', cadence: 'before-event', dueDates: [], scope: 'each-area' };
    const rows = assess(
      beforeEvent,
      [item('2025-07-01', 'pho-hien'), item('2025-07-01', 'son-nam')],
      ['pho-hien', 'son-nam', 'tan-hung'],
      '2026-11-29',
      { 'pho-hien': 1 },
    );
    expect(rows.map((r) => [r.area, r.status])).toEqual([
      ['pho-hien', 'overdue'],
      ['son-nam', 'published'],
      ['tan-hung', 'missing'],
    ]);
  });

  it('assesses each area on its own items', () => {
    const rows = assess(quarterly, [item('2026-10-10', 'pho-hien'), item('2026-10-10', 'other')], ['pho-hien', 'son-nam'], '2026-10-20');
    expect(rows.map((r) => r.status)).toEqual(['published', 'missing']);
  });
});
