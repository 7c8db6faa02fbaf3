/**
 * The personal-data lint recognises citizen IDs, phone numbers and private e-mail addresses in the ways
 * people write them, and leaves dates, amounts, document numbers, codes and published contacts alone.
 */
import { describe, expect, it } from 'vitest';
import { findPii, publicContactsOf, type PiiKind } from '../../src/lib/pii.ts';

const contacts = publicContactsOf({
  locality: [{ hotline: '0912 000 111', phone: '0221 3000 101', email: 'lienhe@gmail.com', siteUrl: 'https://minhbach.hungyen.example/' }],
  units: [{ phone: '0221 3000 201', email: 'vanphong@minhbach.hungyen.example' }],
  contacts: [{ people: [{ workPhone: '0221 3000 401' }, { workPhone: '0987 111 222' }] }],
  receptions: [{ official: { phone: '0221 3000 501' } }],
});

const kinds = (text: string): PiiKind[] => findPii(text, contacts).map((m) => m.kind);
const found = (text: string): string[] => findPii(text, contacts).map((m) => m.text);

describe('citizen ID numbers', () => {
  it.each([
    ['plain', 'CCCD số 001234567890 của ông A', '001234567890'],
    ['grouped with spaces', 'CCCD: 001 234 567 890', '001 234 567 890'],
    ['grouped with dots', 'CCCD 001.234.567.890 cấp ngày 12/03/2021', '001.234.567.890'],
    ['grouped with dashes', 'số 001-234-567-890', '001-234-567-890'],
    ['followed by a full stop', 'Số định danh là 001234567890.', '001234567890'],
    ['followed by a comma', 'số 001234567890, thường trú tại thôn 1', '001234567890'],
    ['in brackets', '(CCCD 001234567890)', '001234567890'],
    ['old 9-digit CMND, plain', 'CMND 145123456 do Công an tỉnh cấp', '145123456'],
    ['old CMND grouped with spaces', 'CMND 145 123 456.', '145 123 456'],
    ['old CMND with a leading 0, grouped with dots', 'CMND 012.345.678,', '012.345.678'],
  ])('finds one written %s', (_, text, number) => {
    expect(findPii(text, contacts)).toEqual([{ kind: 'citizen-id', text: number }]);
  });
});

describe('phone numbers', () => {
  it.each([
    ['plain mobile', 'Gọi 0912345678 nếu cần', '0912345678', 'mobile-phone'],
    ['mobile in groups of spaces', 'Liên hệ 0912 345 678 (anh B)', '0912 345 678', 'mobile-phone'],
    ['mobile in groups of dots', 'SĐT: 0912.345.678.', '0912.345.678', 'mobile-phone'],
    ['mobile in groups of dashes', 'SĐT 0912-345-678,', '0912-345-678', 'mobile-phone'],
    ['mobile with +84', 'Zalo +84 912 345 678', '+84 912 345 678', 'mobile-phone'],
    ['mobile with (+84)', 'Gọi (+84) 912.345.678)', '(+84) 912.345.678', 'mobile-phone'],
    ['mobile with 84 and no plus', 'số 84912345678.', '84912345678', 'mobile-phone'],
    ['old 11-digit mobile', 'số cũ 0168 123 4567;', '0168 123 4567', 'mobile-phone'],
    ['private landline', 'nhà riêng 0221 3555 666.', '0221 3555 666', 'landline-phone'],
    ['landline with the area code in brackets', 'nhà riêng (0221) 3555 666', '(0221) 3555 666', 'landline-phone'],
    ['old 11-digit landline', 'nhà riêng 0321 3555666', '0321 3555666', 'landline-phone'],
  ])('finds a %s', (_, text, number, kind) => {
    expect(findPii(text, contacts)).toEqual([{ kind, text: number }]);
  });
});

describe('e-mail addresses', () => {
  it('finds private addresses, at the end of a sentence too', () => {
    expect(findPii('Gửi về nguyenvana1980@gmail.com.', contacts)).toEqual([{ kind: 'email', text: 'nguyenvana1980@gmail.com' }]);
    expect(kinds('hoặc b.tran@yahoo.com.vn, c@example.org')).toEqual(['email', 'email']);
  });

  it("leaves official addresses alone: .gov.vn, the portal's domain and the locality's declared address", () => {
    expect(
      findPii('vanthu@hungyen.gov.vn, ubnd.phohien@hungyen.gov.vn, hotro@minhbach.hungyen.example, lienhe@gmail.com', contacts),
    ).toEqual([]);
  });
});

describe('what is not personal data', () => {
  it.each([
    ['dates', 'ngày 12/03/2026, 12-03-2026, 12.03.2026, từ 20/11 đến 04/12/2023'],
    ['amounts', 'tổng 1.200.000 đồng, 1.234.567.890 đồng, 123.456.789 đồng, 150000000 đồng, 150000000 VNĐ, 1,5 tỷ'],
    ['document numbers', 'Kế hoạch số 19/KH-UBND, Quyết định 2304/QĐ-BNNMT, Luật 91/2025/QH15'],
    ['procedure codes', 'mã 1.001193, mã 000815.000.00.00, 1.013831'],
    ['short hotlines and years', 'đường dây nóng 1022, 1900 1234, 1800 6789, năm 2023, giai đoạn 2021-2030'],
    ['web addresses', 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=223498332346'],
  ])('leaves %s alone', (_, text) => {
    expect(findPii(text, contacts)).toEqual([]);
  });

  it("leaves the locality's hotline and phone, its units' phones and office landlines of contacts and reception alone", () => {
    expect(
      findPii('Đường dây nóng 0912 000 111, điện thoại 0221.3000.101, văn phòng 0221 3000 201, 0221 3000 401, (0221) 3000 501', contacts),
    ).toEqual([]);
  });

  it("still flags a mobile written as a person's office phone in contacts", () => {
    expect(found('anh C: 0987 111 222')).toEqual(['0987 111 222']);
  });
});
