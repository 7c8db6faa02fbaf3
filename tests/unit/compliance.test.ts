/**
 * The states of lib/compliance.ts, each with dates on both sides of its boundaries: the first due date, on
 * time against late, the next due date, validFrom/validTo, an area's establishment, house rules against law.
 */
import { describe, expect, it } from 'vitest';
import {
  assess,
  assessOne,
  COMPLIANCE_STATES,
  dueWindow,
  isViolation,
  summarize,
  worstStatus,
  type ObligationRule,
  type PublishedItem,
} from '../../src/lib/compliance.ts';

const quarterly: ObligationRule = {
  id: 'thuc-hien-quy',
  cadence: 'quarterly',
  dueDates: ['01-15', '04-15', '07-15', '10-15'],
  scope: 'each-area',
};
const yearly: ObligationRule = { id: 'du-toan', cadence: 'yearly', dueDates: ['01-31'], scope: 'each-area', validFrom: '2026-01-01' };
const onChange: ObligationRule = { id: 'ket-luan', cadence: 'on-change', dueDates: [], scope: 'locality' };
const item = (publishedOn: string, area = 'pho-hien', sample = false): PublishedItem => ({
  id: publishedOn,
  url: `/x/${publishedOn}/`,
  title: publishedOn,
  publishedOn,
  area,
  sample,
});
const status = (rule: ObligationRule, items: PublishedItem[], today: string, lateSessions = 0, areaSince?: string) =>
  assessOne(rule, items, today, lateSessions, areaSince).status;

describe('the states and their order', () => {
  it('lists missing as the worst state, then overdue, then late', () => {
    expect(COMPLIANCE_STATES.slice(0, 3)).toEqual(['missing', 'overdue', 'late']);
    expect(worstStatus([{ status: 'late' }, { status: 'missing' }, { status: 'overdue' }])).toBe('missing');
    expect(worstStatus([{ status: 'published' }, { status: 'late' }])).toBe('late');
  });

  it('counts every state, including those apart', () => {
    expect(summarize([{ status: 'unsupported' }, { status: 'late' }, { status: 'late' }])).toEqual({
      missing: 0,
      overdue: 0,
      late: 2,
      'due-soon': 0,
      published: 0,
      'not-due': 0,
      unsupported: 1,
    });
  });
});

describe('due dates around quarter ends', () => {
  it('finds the last and next due dates', () => {
    expect(dueWindow(quarterly.dueDates, '2026-10-16')).toMatchObject({ previous: '2026-07-15', last: '2026-10-15', next: '2027-01-15' });
    // On the due date itself the edition is still on time.
    expect(dueWindow(quarterly.dueDates, '2026-10-15')).toMatchObject({ previous: '2026-04-15', last: '2026-07-15', next: '2026-10-15' });
    expect(dueWindow(['01-31'], '2026-01-05')).toMatchObject({ previous: '2024-01-31', last: '2025-01-31', next: '2026-01-31' });
  });

  it('generates no due date outside [validFrom, validTo)', () => {
    expect(dueWindow(['01-31'], '2026-03-01', { from: '2026-01-31' })).toEqual({
      first: '2026-01-31',
      previous: undefined,
      last: '2026-01-31',
      next: '2027-01-31',
    });
    expect(dueWindow(['01-31'], '2026-03-01', { from: '2026-02-01' })).toMatchObject({ first: '2027-01-31', last: undefined });
    // validTo is exclusive: a due date on it belongs to the next law.
    expect(dueWindow(['01-31'], '2027-03-01', { to: '2027-01-31' })).toMatchObject({ last: '2026-01-31', next: undefined });
    expect(dueWindow(['01-31'], '2027-03-01', { to: '2027-02-01' })).toMatchObject({ last: '2027-01-31', next: undefined });
  });
});

describe('missing: never published, after the first due date', () => {
  it('is not due until the first due date has passed, and missing the day after', () => {
    expect(status(yearly, [], '2026-01-16')).toBe('not-due');
    // Within 14 days of the first due date, and on it, the first edition is due soon.
    expect(status(yearly, [], '2026-01-17')).toBe('due-soon');
    expect(status(yearly, [], '2026-01-31')).toBe('due-soon');
    expect(status(yearly, [], '2026-02-01')).toBe('missing');
  });

  it('counts from the day an area was established when that is later', () => {
    expect(status({ ...yearly, validFrom: undefined }, [], '2025-12-01', 0, '2025-07-01')).toBe('not-due');
    expect(status({ ...yearly, validFrom: undefined }, [], '2026-02-01', 0, '2025-07-01')).toBe('missing');
    expect(status({ ...yearly, validFrom: undefined }, [], '2026-02-01', 0, '2026-02-01')).toBe('not-due');
  });

  it('is missing when nothing was ever published, and ignores items dated after today', () => {
    expect(status(quarterly, [], '2026-10-20')).toBe('missing');
    expect(status(quarterly, [item('2026-12-01')], '2026-10-20')).toBe('missing');
  });

  it('never counts a sample record as published', () => {
    const row = assessOne(quarterly, [item('2026-10-10', 'pho-hien', true)], '2026-10-20');
    expect(row.status).toBe('missing');
    expect(row.sampleItems).toHaveLength(1);
    expect(row.latest).toBeUndefined();
    expect(status(quarterly, [item('2026-10-10', 'pho-hien', true), item('2026-10-10')], '2026-10-20')).toBe('published');
  });
});

describe('overdue, late and on time', () => {
  it("is published when this cycle's edition came out by its due date", () => {
    expect(status(quarterly, [item('2026-07-10'), item('2026-10-15')], '2026-10-20')).toBe('published');
  });

  it('is late when the edition came out the day after its due date — better than missing', () => {
    expect(status(quarterly, [item('2026-07-10'), item('2026-10-16')], '2026-10-20')).toBe('late');
    expect(COMPLIANCE_STATES.indexOf('late')).toBeGreaterThan(COMPLIANCE_STATES.indexOf('missing'));
  });

  it('is late when the only edition ever came out after the first due date', () => {
    expect(status(yearly, [item('2026-02-01')], '2026-03-01')).toBe('late');
    expect(status(yearly, [item('2026-01-31')], '2026-03-01')).toBe('published');
  });

  it('is overdue the day after a due date with something published before but nothing since the one before', () => {
    expect(status(quarterly, [item('2026-07-10')], '2026-10-15')).toBe('due-soon');
    expect(status(quarterly, [item('2026-07-10')], '2026-10-16')).toBe('overdue');
  });

  it('is due soon in the two weeks before a due date', () => {
    expect(status(quarterly, [item('2026-07-10')], '2026-09-30')).toBe('published');
    expect(status(quarterly, [item('2026-07-10')], '2026-10-01')).toBe('due-soon');
    // Already out for the coming due date: published, not due soon.
    expect(status(quarterly, [item('2026-07-10'), item('2026-09-20')], '2026-10-01')).toBe('published');
  });

  it('is published before the first due date when an edition is out early', () => {
    expect(status(yearly, [item('2026-01-10')], '2026-01-20')).toBe('published');
  });
});

describe('validFrom and validTo', () => {
  it('judges a record by the law in force on its due dates', () => {
    const until2026: ObligationRule = { ...quarterly, validTo: '2026-07-01' };
    // The last due date in force is 15/04/2026: an edition published by then is on time, nothing is due after.
    const row = assessOne(until2026, [item('2026-04-10')], '2026-12-05');
    expect([row.status, row.lastDue, row.nextDue]).toEqual(['published', '2026-04-15', undefined]);
    expect(status(until2026, [item('2026-04-16')], '2026-12-05')).toBe('late');
    // A law in force from the day after that due date has nothing due yet then.
    expect(status({ ...quarterly, validFrom: '2026-04-16' }, [], '2026-06-30')).toBe('not-due');
    expect(status({ ...quarterly, validFrom: '2026-04-15' }, [], '2026-06-30')).toBe('missing');
  });

  it('makes an on-change duty due from the day it applies', () => {
    expect(status({ ...onChange, validFrom: '2026-07-01' }, [], '2026-06-30')).toBe('not-due');
    expect(status({ ...onChange, validFrom: '2026-07-01' }, [], '2026-07-01')).toBe('missing');
    expect(status(onChange, [item('2023-05-01')], '2026-11-29')).toBe('published');
  });
});

describe('a duty the portal has no content type for', () => {
  it('is listed as unsupported whatever was published, never as published or hidden', () => {
    const rows = assess({ ...quarterly, noContentType: true }, [item('2026-10-10')], ['pho-hien', 'son-nam'], '2026-10-20');
    expect(rows.map((r) => r.status)).toEqual(['unsupported', 'unsupported']);
    expect(rows.some(isViolation)).toBe(false);
  });
});

describe('house rules against law', () => {
  const beforeEvent: ObligationRule = { id: 'lich-tiep', cadence: 'before-event', dueDates: [], scope: 'each-area' };
  const areas = ['pho-hien', 'son-nam', 'tan-hung'];
  const items = [item('2025-07-01', 'pho-hien'), item('2025-07-01', 'son-nam')];

  it('makes a before-event duty late when a session was announced late, missing with no schedule', () => {
    const rows = assess(beforeEvent, items, areas, '2026-11-29', { 'pho-hien': 1 });
    expect(rows.map((r) => [r.area, r.status, r.ruleKind])).toEqual([
      ['pho-hien', 'late', 'law'],
      ['son-nam', 'published', 'law'],
      ['tan-hung', 'missing', 'law'],
    ]);
    expect(rows.map(isViolation)).toEqual([false, false, true]);
  });

  it('never makes a house rule a violation, in any state', () => {
    const rows = assess({ ...beforeEvent, ruleKind: 'house' }, items, areas, '2026-11-29', { 'pho-hien': 1 });
    expect(rows.map((r) => r.ruleKind)).toEqual(['house', 'house', 'house']);
    expect(rows.map((r) => r.status)).toEqual(['late', 'published', 'missing']);
    expect(rows.some(isViolation)).toBe(false);
    for (const s of COMPLIANCE_STATES) expect(isViolation({ ruleKind: 'house', status: s })).toBe(false);
    expect(COMPLIANCE_STATES.filter((s) => isViolation({ ruleKind: 'law', status: s }))).toEqual(['missing', 'overdue']);
  });

  it('assesses each area on its own items', () => {
    const rows = assess(quarterly, [item('2026-10-10', 'pho-hien'), item('2026-10-10', 'other')], ['pho-hien', 'son-nam'], '2026-10-20');
    expect(rows.map((r) => r.status)).toEqual(['published', 'missing']);
  });
});
