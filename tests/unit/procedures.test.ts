import { describe, expect, it } from 'vitest';
import { formUsage, unverifiedFacts } from '../../src/lib/procedures.ts';

describe('procedure facts', () => {
  it('lists every unverified fact with its note', () => {
    const facts = unverifiedFacts(
      {
        factChecks: {
          processingTime: { verified: false, note: 'Bản ghi Cổng không thống nhất.' },
          code: { verified: true, note: 'Đã đối chiếu.' },
        },
        fees: [
          { name: 'Lệ phí đúng hạn', verified: true },
          { name: 'Lệ phí quá hạn', verified: false, note: 'Chưa tìm được nghị quyết HĐND tỉnh.' },
        ],
        legalBases: [{ number: '07/2025/NĐ-CP', verified: false, note: 'Ngày ban hành chưa xác minh.' }],
      },
      { processingTime: 'Thời hạn giải quyết', fees: 'Phí, lệ phí', legalBases: 'Căn cứ pháp lý' },
    );
    expect(facts).toEqual([
      { key: 'processingTime', subject: 'Thời hạn giải quyết', note: 'Bản ghi Cổng không thống nhất.' },
      { key: 'fees', subject: 'Phí, lệ phí: Lệ phí quá hạn', note: 'Chưa tìm được nghị quyết HĐND tỉnh.' },
      { key: 'legal:07/2025/NĐ-CP', subject: 'Căn cứ pháp lý: 07/2025/NĐ-CP', note: 'Ngày ban hành chưa xác minh.' },
    ]);
  });

  it('finds the procedures that use each form', () => {
    const a = { id: 'khai-sinh', data: { dossier: [{ form: 'to-khai' }, { form: 'to-khai' }, {}] } };
    const b = { id: 'nhan-con', data: { dossier: [{ form: 'to-khai' }] } };
    expect(formUsage([a, b]).get('to-khai')).toEqual([a, b]);
  });
});
