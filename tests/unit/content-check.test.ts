import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/check.ts';

const fixture = path.resolve('tests/fixtures/broken-content');
const F = 'tests/fixtures/broken-content';

describe('content check on a folder with deliberate mistakes', () => {
  const { problems } = checkContent(fixture);
  const lines = problems.map(formatProblem);

  it('reports every problem at once, not only the first', () => {
    expect(lines).toHaveLength(14);
  });

  it('names a missing required field, in Vietnamese, with the allowed values', () => {
    expect(lines).toContain(
      `${F}/units/phong-thieu-truong.yaml:1 Loại đơn vị (kind): bắt buộc nhưng chưa có (chọn một trong: uy-ban, hoi-dong, van-phong, phong, trung-tam, mat-tran, doan-the, co-quan-tinh, co-quan-nganh-doc, co-quan-dang, nhom)`,
    );
  });

  it('rejects a date that does not exist, at its line', () => {
    expect(lines).toContain(
      `${F}/areas/xa-mau.yaml:5 Ngày thành lập (establishedOn): phải là ngày có thật, viết dạng NNNN-TT-NN (ví dụ 2023-02-08)`,
    );
    expect(lines).toContain(
      `${F}/pages/gioi-thieu.md:6 Ngày cập nhật (updated): phải là ngày có thật, viết dạng NNNN-TT-NN (ví dụ 2023-02-08)`,
    );
  });

  it('names a reference to a unit that does not exist', () => {
    expect(lines).toContain(
      `${F}/units/phong-thieu-truong.yaml:3 Trực thuộc (parent): không có đơn vị "khong-ton-tai" (xem thư mục content/units)`,
    );
  });

  it("names a procedure's form that does not exist", () => {
    expect(lines).toContain(
      `${F}/procedures/thu-tuc-thieu-mau.yaml:17 Hồ sơ cần chuẩn bị › Biểu mẫu (dossier.0.form): không có biểu mẫu "mau-khong-co" (xem thư mục content/forms)`,
    );
  });

  it('fails a budget whose lines do not add up, naming the part and the difference', () => {
    expect(lines).toContain(
      `${F}/budgets/du-toan-sai-tong.md:12 Các phần › Tổng › Số tiền (sections.0.total.amount): tổng số tiền các dòng của phần "Tổng thu ngân sách xã" là 9.994, khác số ghi 10.000 (chênh −6 triệu đồng)`,
    );
  });

  it('flags a citizen ID number and a mobile number in a record not marked as personal data', () => {
    expect(lines).toContain(
      `${F}/notices/thong-bao-co-so-dien-thoai.md:3 Tóm tắt (summary): có số điện thoại di động (0912 345 678); số của người dân là dữ liệu cá nhân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): chỉ đăng số máy cơ quan hoặc đường dây nóng đã ghi trong content/locality.yaml hay content/units/`,
    );
    expect(lines).toContain(
      `${F}/notices/thong-bao-co-so-dien-thoai.md:12 nội dung: có số giống số định danh cá nhân, căn cước hoặc chứng minh nhân dân (033090001234); đây là dữ liệu cá nhân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15), không đăng lên cổng, kể cả trong danh sách niêm yết`,
    );
  });

  it('names an attachment file that does not exist', () => {
    expect(lines).toContain(
      `${F}/notices/thong-bao-co-so-dien-thoai.md:8 Tệp đính kèm › Tệp (attachments.0.file): không có tệp ${F}/files/notices/khong-co-tep.pdf`,
    );
  });

  it('finds two files with the same id in different folders', () => {
    expect(lines).toContain(
      `${F}/units/ubnd-xa-mau.yaml:1 id: mã "ubnd-xa-mau" trùng với tệp ${F}/units/cu/ubnd-xa-mau.yaml; mỗi đơn vị cần một tên tệp khác nhau`,
    );
  });

  it('points to the line of an unknown field and of a YAML syntax error', () => {
    expect(lines).toContain(`${F}/pages/gioi-thieu.md:7 có trường không được biết đến: unknownField (kiểm tra lại tên trường)`);
    expect(lines).toContain(`${F}/pages/cu-phap-sai.md:4 lỗi cú pháp YAML: thiếu dấu ":" sau tên trường`);
  });

  it("stops a published record that still has the scaffold's placeholders, and lets a draft keep them", () => {
    expect(lines).toContain(
      `${F}/notices/thong-bao-con-chu-mau.md:2 Tiêu đề (title): còn chữ mẫu "[Tiêu đề]" chưa thay; điền nội dung thật, hoặc giữ "draft: true" nếu chưa muốn công bố`,
    );
    expect(lines).toContain(
      `${F}/notices/thong-bao-con-chu-mau.md:9 nội dung: còn chữ mẫu "Viết nội dung ở đây." chưa thay; điền nội dung thật, hoặc giữ "draft: true" nếu chưa muốn công bố`,
    );
    expect(lines.filter((l) => l.includes('thong-bao-nhap-con-chu-mau'))).toEqual([]);
  });

  it('accepts the real content', () => {
    expect(checkContent(path.resolve('content')).problems.map(formatProblem)).toEqual([]);
  });
});
