import { describe, expect, it } from 'vitest';
import { loadPage, visibleText } from '../support/dist.ts';

/** The province merger as content/locality.yaml states it: the resolution's number, date and issuer. */
const provinceMerger =
  /tỉnh Hưng Yên và tỉnh Thái Bình được sắp xếp thành tỉnh Hưng Yên \(Nghị quyết số 202\/2025\/QH15 ngày 12\/06\/2025 của Quốc hội/;

describe('the 2024 and 2025 reforms', () => {
  it('names only Phố Hiến as successor on a record of the former An Tảo ward', () => {
    for (const url of ['/cong-khai/ngan-sach/du-toan-2023-phuong-an-tao/', '/cong-khai/van-ban/ke-hoach-papi-2023-phuong-an-tao/']) {
      const $ = loadPage(url);
      const notice = visibleText($, 'main [role="note"]');
      expect(notice).toContain('Cơ quan kế thừa đối với địa bàn của văn bản này: Ủy ban nhân dân phường Phố Hiến.');
      expect(
        $('main [role="note"] a[href^="/co-cau-to-chuc/ubnd-"]')
          .map((_, a) => $(a).attr('href'))
          .get(),
      ).toEqual(['/co-cau-to-chuc/ubnd-phuong-pho-hien/']);
    }
  });

  it('lists the units of the 2024 merger with the dates they came and went', () => {
    const $ = loadPage('/dia-ban/');
    const row = (name: string) => visibleText($, `main tr:has(th a:contains("${name}"))`);
    expect(row('Xã Phương Nam')).toMatch(/Xã Phương Nam thành phố Hưng Yên Xã Tân Hưng 01\/12\/2024 01\/07\/2025/);
    expect(row('Phường Quang Trung')).toMatch(/Phường Quang Trung thành phố Hưng Yên Phường Lê Lợi — 01\/12\/2024/);
    expect(row('Xã Hồng Nam')).toMatch(/Xã Phương Nam — 01\/12\/2024/);
    expect(row('Xã Phương Chiểu')).toMatch(/Xã Phương Nam — 01\/12\/2024/);
    const page = visibleText(loadPage('/dia-ban/phuong-nam/'), 'main');
    expect(page).toContain('Từ ngày 01/12/2024');
    expect(page).toContain('không còn từ ngày 01/07/2025');
    expect(page).toContain('Nghị quyết số 1248/NQ-UBTVQH15 ngày 24/10/2024 của Ủy ban Thường vụ Quốc hội');
  });

  it('states the province merger with its resolution on the home page and the areas pages', () => {
    for (const url of ['/', '/dia-ban/', '/dia-ban/pho-hien/']) expect(visibleText(loadPage(url), 'main')).toMatch(provinceMerger);
  });

  it('shows sector agencies under current descriptions, with the pre-2025 name only as the former one', () => {
    const list = visibleText(loadPage('/co-cau-to-chuc/'), 'main');
    for (const old of [
      'Chi cục Thuế khu vực thành phố Hưng Yên - Kim Động',
      'Bảo hiểm xã hội tỉnh Hưng Yên',
      'Trung tâm Y tế thành phố Hưng Yên',
    ]) {
      expect(list).not.toContain(old);
    }
    const tax = visibleText(loadPage('/co-cau-to-chuc/chi-cuc-thue-khu-vuc/'), 'main');
    expect(tax).toContain('Cơ quan thuế quản lý địa bàn thành phố Hưng Yên cũ');
    expect(tax).toContain('Tên trước năm 2025: Chi cục Thuế khu vực thành phố Hưng Yên - Kim Động');
  });
});
