import { describe, expect, it } from 'vitest';
import { publicView, publishableEntry, removedBodyNotice } from '../../src/lib/disclosures/personal-data.ts';

const list = {
  containsPersonalData: true,
  postingPeriod: { from: '2023-11-20', to: '2023-12-04' },
  households: [{ name: 'Nguyễn Văn A' }],
  attachments: [{ file: 'poverty-reviews/danh-sach.pdf' }],
  counts: { poor: 12 },
};

describe('publishing a record that names people', () => {
  it('shows names during the posting period, last day included', () => {
    expect(publicView(list, '2023-11-20').data.households).toHaveLength(1);
    expect(publicView(list, '2023-12-04')).toMatchObject({ personalDataRemoved: false, namesUntil: '2023-12-04' });
  });

  it('drops names and the posted files the day after, keeping the figures', () => {
    const view = publicView(list, '2023-12-05');
    expect(view.personalDataRemoved).toBe(true);
    expect(view.data.households).toEqual([]);
    expect(view.data.attachments).toEqual([]);
    expect(view.data.counts).toEqual({ poor: 12 });
  });

  it('leaves ordinary records as they are', () => {
    const notice = { attachments: [{ file: 'x.pdf' }] };
    expect(publicView(notice, '2030-01-01')).toEqual({ data: notice, personalDataRemoved: false });
  });

  it('never shows names of a personal record with no posting period', () => {
    expect(publicView({ containsPersonalData: true, households: [1], attachments: [] }, '2023-01-01').data.households).toEqual([]);
  });
});

describe('storing a record that names people for the build', () => {
  const body = 'Hộ ông Trịnh Văn Quý, căn cước 001234567890, điện thoại 0912 345 678, thư quy@gmail.com.\n';

  it('keeps the written body during the posting period', () => {
    expect(publishableEntry(list, body, '2023-12-04')).toEqual({ data: list, body });
  });

  it('replaces the whole body by a notice the day after, and drops the list and its files', () => {
    const stored = publishableEntry(list, body, '2023-12-05');
    expect(stored.body).toBe(removedBodyNotice('2023-12-04'));
    expect(stored.body).toContain('kết thúc ngày 04/12/2023');
    for (const written of ['Trịnh Văn Quý', '001234567890', '0912 345 678', 'quy@gmail.com']) expect(stored.body).not.toContain(written);
    expect(stored.data).toMatchObject({ households: [], attachments: [], counts: { poor: 12 } });
  });

  it('leaves records that name nobody untouched', () => {
    const notice = { title: 'Thông báo', attachments: [{ file: 'x.pdf' }] };
    expect(publishableEntry(notice, body, '2030-01-01')).toEqual({ data: notice, body });
  });
});
