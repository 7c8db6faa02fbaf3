/**
 * Procedure guides as citizens get them: enough real procedures in the fields the plan names, each page
 * complete (checklist, steps, times and fees per channel, forms, the national portal), honest about what is
 * not verified, described as a schema.org GovernmentService, and found by search as people type.
 */
import { describe, expect, it } from 'vitest';
import { readCollectionFiles } from '../../src/lib/content/read.ts';
import { htmlPages, loadPage, visibleText } from '../support/dist.ts';
import { search } from '../support/pagefind.ts';

const procedures = readCollectionFiles('content', { dir: 'procedures', format: 'yaml' });
const names = procedures.map((p) => String(p.data['name']).toLocaleLowerCase('vi'));
const has = (words: string) => names.some((n) => n.includes(words));

describe('the procedure catalogue', () => {
  it('has at least 25 real procedures with a page each', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(25);
    expect(
      htmlPages().filter((p) => /^\/thu-tuc-hanh-chinh\/[a-z0-9-]+\/$/.test(p) && !p.includes('/linh-vuc/') && !p.includes('/cap/')),
    ).toHaveLength(procedures.length);
  });

  it('covers chứng thực, hộ tịch and xác nhận, building permits and land', () => {
    for (const words of [
      'chứng thực bản sao từ bản chính',
      'chứng thực chữ ký',
      'chứng thực giao dịch',
      'đăng ký khai sinh',
      'đăng ký kết hôn',
      'đăng ký khai tử',
      'xác nhận tình trạng hôn nhân',
      'cải chính',
      'giấy phép xây dựng',
      'sửa chữa, cải tạo',
      'có thời hạn',
      'lần đầu',
      'biến động',
      'chuyển mục đích sử dụng đất',
    ]) {
      expect(has(words), words).toBe(true);
    }
  });

  it('lists procedures by field and by level, without JavaScript', () => {
    const $ = loadPage('/thu-tuc-hanh-chinh/');
    expect($('[data-filter-item]')).toHaveLength(procedures.length);
    expect($('a[href="/thu-tuc-hanh-chinh/linh-vuc/ho-tich/"]')).toHaveLength(1);
    expect(loadPage('/thu-tuc-hanh-chinh/linh-vuc/dat-dai/')('[data-filter-item]').length).toBeGreaterThanOrEqual(3);
    expect(loadPage('/thu-tuc-hanh-chinh/cap/xa/')('[data-filter-item]').length).toBeGreaterThanOrEqual(25);
  });
});

describe('a procedure page', () => {
  const page = '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/';
  const $ = loadPage(page);
  const text = visibleText($, 'main');

  it('has a checklist of documents, steps in order, and times and fees per channel', () => {
    expect($('#ho-so + p + ul input[type="checkbox"]').length).toBeGreaterThanOrEqual(3);
    expect($('#trinh-tu + ol > li').length).toBeGreaterThanOrEqual(3);
    const channelRows = $('#thoi-han-phi + table tbody tr')
      .toArray()
      .map((tr) => $(tr).find('th').text());
    expect(channelRows).toEqual(['Trực tiếp', 'Qua bưu chính', 'Trực tuyến']);
    expect(text).toContain('Mã thủ tục 1.001193');
  });

  it('offers its form as direct downloads and links the national portal', () => {
    expect($('a[href="/bieu-mau/to-khai-dang-ky-khai-sinh.pdf"][download]')).toHaveLength(1);
    expect($('a[href="/bieu-mau/to-khai-dang-ky-khai-sinh.docx"][download]')).toHaveLength(1);
    expect($('a[href^="https://dichvucong.gov.vn/"]').text()).toContain('Cổng Dịch vụ công quốc gia');
  });

  it('describes itself as a schema.org GovernmentService', () => {
    const ld = JSON.parse($('script[type="application/ld+json"]').text());
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      identifier: '1.001193',
      serviceType: 'Hộ tịch',
    });
    expect(ld.availableChannel.map((c: { name: string }) => c.name)).toEqual(['Trực tiếp', 'Qua bưu chính', 'Trực tuyến']);
  });

  it('sends the reader to the one-stop desk, in one line, where a fact is not settled, and invents nothing', () => {
    const unverifiedFee = loadPage('/thu-tuc-hanh-chinh/cap-giay-phep-xay-dung-nha-o-rieng-le/');
    const note = unverifiedFee('main [role="note"]');
    expect(note).toHaveLength(1);
    expect(visibleText(unverifiedFee, 'main [role="note"]')).toMatch(
      /^Để chắc chắn, hỏi Bộ phận một cửa: Trung tâm Phục vụ hành chính công phường Phố Hiến, điện thoại 0000 000 102, giờ làm việc sáng 7:30/,
    );
    expect(note.find('a').first().attr('href')).toBe('/co-cau-to-chuc/trung-tam-phuc-vu-hanh-chinh-cong-phuong-pho-hien/');
    expect(note.find('a[href^="tel:"]').attr('href')).toBe('tel:0000000102');
    // A fee whose amount is not settled has no amount: the reader is told whom to ask.
    expect(visibleText(unverifiedFee, '#phi-le-phi + table')).toContain('Hỏi Bộ phận một cửa');
    // The editors' research record is not on the page.
    expect(unverifiedFee('#nguon')).toHaveLength(0);
  });

  it('shows when it was last checked against its legal bases, as dd/mm/yyyy', () => {
    expect(text).toMatch(/Đối chiếu với căn cứ pháp lý lần cuối: \d{2}\/\d{2}\/\d{4}/);
  });
});

describe('searching for a procedure', () => {
  it('finds it by its name typed without diacritics', async () => {
    const hits = await search('chung thuc ban sao tu ban chinh');
    expect(hits.slice(0, 3).map((h) => h.url)).toContain('/thu-tuc-hanh-chinh/chung-thuc-ban-sao-tu-ban-chinh/');
  });

  it('finds it by its code', async () => {
    const hits = await search('1.001193');
    expect(hits.slice(0, 3).map((h) => h.url)).toContain('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
  });

  it('finds it by words of its steps', async () => {
    const hits = await search('ghi Sổ hộ tịch in Giấy khai sinh');
    expect(hits.slice(0, 5).map((h) => h.url)).toContain('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
  });
});
