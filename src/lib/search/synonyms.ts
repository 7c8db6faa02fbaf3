/**
 * Abbreviations and everyday names people type, each with the words documents use. Matching goes both
 * ways: "UBND" finds "Ủy ban nhân dân" and "Ủy ban nhân dân" finds "UBND".
 */
export const SYNONYMS: [short: string, long: string][] = [
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['TTHC', 'thủ tục hành chính'],
  ['GCN', 'giấy chứng nhận'],
  ['QSDĐ', 'quyền sử dụng đất'],
  ['GCNQSDĐ', 'giấy chứng nhận quyền sử dụng đất'],
  ['CCCD', 'căn cước công dân'],
  ['BHYT', 'bảo hiểm y tế'],
  ['BHXH', 'bảo hiểm xã hội'],
  ['GPXD', 'giấy phép xây dựng'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['PCTN', 'phòng, chống tham nhũng'],
  ['DVC', 'dịch vụ công'],
  ['sổ đỏ', 'giấy chứng nhận quyền sử dụng đất'],
  ['sổ hồng', 'giấy chứng nhận quyền sử dụng đất'],
  ['giấy khai sinh', 'khai sinh'],
  ['làm sổ đỏ', 'cấp giấy chứng nhận quyền sử dụng đất'],
];
