import { describe, expect, it } from 'vitest';
import { loadPage, visibleText } from '../support/dist.ts';

describe('records and units of authorities that no longer exist', () => {
  it('shows a dissolved authority with its date and every current successor', () => {
    const $ = loadPage('/co-cau-to-chuc/ubnd-thanh-pho-hung-yen/');
    const notice = visibleText($, 'main [role="note"]');
    expect(notice).toContain('Cơ quan này không còn tồn tại');
    expect(notice).toContain('đã chấm dứt hoạt động từ ngày 01/07/2025');
    expect(notice).toContain(
      'Cơ quan kế thừa: Ủy ban nhân dân phường Phố Hiến, Ủy ban nhân dân phường Sơn Nam, Ủy ban nhân dân phường Hồng Châu, Ủy ban nhân dân xã Tân Hưng.',
    );
    expect($('main [role="note"] a[href="/co-cau-to-chuc/ubnd-phuong-pho-hien/"]')).toHaveLength(1);
  });

  it('explains where the work went when there is no single successor', () => {
    const notice = visibleText(loadPage('/co-cau-to-chuc/phong-noi-vu/'), 'main [role="note"]');
    expect(notice).toContain('Phòng Nội vụ thành phố Hưng Yên đã chấm dứt hoạt động từ ngày 01/07/2025.');
    expect(notice).toContain('không có một cơ quan kế thừa duy nhất');
  });

  it('shows no notice for a unit that exists', () => {
    expect(loadPage('/co-cau-to-chuc/ubnd-phuong-pho-hien/')('main [role="note"]')).toHaveLength(0);
  });

  it('names the issuing authority of every published page', () => {
    const $ = loadPage('/tiep-can/');
    expect(visibleText($, 'main')).toContain('Cơ quan ban hành: Phòng Văn hóa - Xã hội phường Phố Hiến');
  });
});
