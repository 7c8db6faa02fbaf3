import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/lib/plan/deadline.ts';

const d = (text: string) => parseDeadline(text, 2023);

describe("deadlines read from a plan task's timeline", () => {
  it('takes the day before "trước ngày"', () => {
    expect(d('Báo cáo trước ngày 05/6/2023')).toMatchObject({ kind: 'by-date', by: '2023-06-04' });
    expect(d('trước ngày 01/01/2024')).toMatchObject({ by: '2023-12-31' });
  });

  it('ends at the last quarter named', () => {
    expect(d('Quý II, III năm 2023')).toMatchObject({ kind: 'by-date', by: '2023-09-30', label: 'hạn cuối 30/09/2023' });
    expect(d('Quý IV năm 2023')).toMatchObject({ by: '2023-12-31' });
  });

  it('reads "trước tháng 10 hàng năm" as a yearly deadline at the end of September', () => {
    expect(d('Hoàn thành trước tháng 10 hàng năm')).toMatchObject({ kind: 'recurring', by: '2023-09-30', cadence: ['yearly'] });
  });

  it('ends a range of years at the end of the last one', () => {
    expect(d('Năm 2023-2025')).toMatchObject({ kind: 'by-date', by: '2025-12-31' });
  });

  it('ends "trong năm 2023" on 31 December', () => {
    expect(d('Trong năm 2023')).toMatchObject({ kind: 'by-date', by: '2023-12-31' });
  });

  it('gives recurring work its first deadline and its cadence', () => {
    expect(d('Năm 2023 và các năm tiếp theo')).toMatchObject({ kind: 'recurring', by: '2023-12-31', cadence: ['yearly'] });
    expect(d('Năm 2023; 6 tháng; năm')).toMatchObject({ kind: 'recurring', by: '2023-12-31', cadence: ['half-yearly', 'yearly'] });
  });

  it('gives ongoing work no deadline, so it is never overdue', () => {
    expect(d('Thường xuyên')).toEqual({ kind: 'recurring', cadence: ['ongoing'], label: 'thường xuyên' });
    expect(d('Thường xuyên; định kỳ').by).toBeUndefined();
    expect(d('Quý, năm')).toMatchObject({ kind: 'recurring', cadence: ['quarterly', 'yearly'] });
    expect(d('Thường xuyên khi có công tác bầu cử hoặc các văn bản của cấp có thẩm quyền chỉ đạo thực hiện').by).toBeUndefined();
  });

  it('recognises work that waits for an event', () => {
    expect(d('Sau khi QHKSĐB được cơ quan nhà nước có thẩm quyền phê duyệt.')).toMatchObject({ kind: 'after-event' });
  });

  it('states nothing for an empty or unreadable timeline', () => {
    expect(d('').kind).toBe('unstated');
    expect(d('Trong năm học').kind).toBe('unstated');
  });
});
