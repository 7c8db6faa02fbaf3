import { describe, expect, it } from 'vitest';
import { buildDate, formatDate, formatDateTime, isRealIsoDate, toLocalIsoDate } from '../../src/lib/dates.ts';

describe('dates as citizens read them', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2023-02-29')).toBe(false);
    expect(isRealIsoDate('2023-02-30')).toBe(false);
    expect(isRealIsoDate('2023-13-01')).toBe(false);
    expect(isRealIsoDate('08/02/2023')).toBe(false);
  });

  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDate('2023-02-08')).toBe('08/02/2023');
  });

  it('shows instants in Vietnam time whatever the machine zone', () => {
    // 17:30 UTC is 00:30 the next day in Hà Nội (UTC+7).
    expect(formatDateTime(new Date('2023-06-04T17:30:00Z'))).toBe('00:30 ngày 05/06/2023');
    expect(toLocalIsoDate(new Date('2023-06-04T17:30:00Z'))).toBe('2023-06-05');
  });

  it('builds "as of" a pinned date when asked', () => {
    expect(buildDate({ PORTAL_BUILD_DATE: '2023-10-25' })).toBe('2023-10-25');
    expect(() => buildDate({ PORTAL_BUILD_DATE: '25/10/2023' })).toThrow(/PORTAL_BUILD_DATE/);
  });
});
