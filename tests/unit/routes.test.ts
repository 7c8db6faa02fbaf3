import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';

describe('route helpers', () => {
  it('builds the home pages and the Markdown pages', () => {
    expect(routes.home()).toBe('/');
    expect(routes.home('vi')).toBe('/');
    expect(routes.home('en')).toBe('/en/');
    expect(routes.contentPage('gioi-thieu')).toBe('/gioi-thieu/');
    expect(routes.contentPage('en')).toBe('/en/');
    expect(routes.about()).toBe('/gioi-thieu/');
    expect(routes.accessibility()).toBe('/tiep-can/');
    expect(routes.accessToInformation()).toBe('/tiep-can-thong-tin/');
    expect(routes.privacyNotice()).toBe('/du-lieu-ca-nhan/');
    expect(routes.favicon()).toBe('/favicon.svg');
    expect(routes.securityTxt()).toBe('/.well-known/security.txt');
    expect(routes.englishOrganisation()).toBe('/en/organisation/');
    expect(routes.englishContact()).toBe('/en/contact/');
  });

  it('builds the search page, with a query encoded when one is given', () => {
    expect(routes.search()).toBe('/tim-kiem/');
    expect(routes.search('')).toBe('/tim-kiem/');
    expect(routes.search('giấy phép & xây dựng')).toBe('/tim-kiem/?q=gi%E1%BA%A5y+ph%C3%A9p+%26+x%C3%A2y+d%E1%BB%B1ng');
  });

  it('builds procedures, by field and by level', () => {
    expect(routes.procedures()).toBe('/thu-tuc-hanh-chinh/');
    expect(routes.procedure('chung-thuc-ban-sao')).toBe('/thu-tuc-hanh-chinh/chung-thuc-ban-sao/');
    expect(routes.proceduresInField('ho-tich')).toBe('/thu-tuc-hanh-chinh/linh-vuc/ho-tich/');
    expect(routes.proceduresAtLevel('xa')).toBe('/thu-tuc-hanh-chinh/cap/xa/');
  });

  it('builds forms with their PDF, DOCX and the filler fonts', () => {
    expect(routes.forms()).toBe('/bieu-mau/');
    expect(routes.form('to-khai')).toBe('/bieu-mau/to-khai/');
    expect(routes.formPdf('to-khai')).toBe('/bieu-mau/to-khai.pdf');
    expect(routes.formDocx('to-khai')).toBe('/bieu-mau/to-khai.docx');
    expect(routes.formFont('thuong')).toBe('/bieu-mau/phong-chu/thuong.ttf');
    expect(routes.formFont('dam')).toBe('/bieu-mau/phong-chu/dam.ttf');
  });

  it('builds disclosures from the URL segment of each kind', () => {
    expect(routes.disclosures()).toBe('/cong-khai/');
    expect(routes.disclosuresFeed()).toBe('/cong-khai/feed.xml');
    expect(routes.disclosureKind('documents')).toBe('/cong-khai/van-ban/');
    expect(routes.disclosureKind('antiCorruption')).toBe('/cong-khai/phong-chong-tham-nhung/');
    expect(routes.disclosureKindFeed('budgets')).toBe('/cong-khai/ngan-sach/feed.xml');
    expect(routes.disclosure('povertyReviews', 'ra-soat-2025')).toBe('/cong-khai/ho-ngheo/ra-soat-2025/');
    expect(routes.disclosuresInYear(2026)).toBe('/cong-khai/nam/2026/');
    expect(routes.disclosuresInArea('toan-dia-ban')).toBe('/cong-khai/dia-ban/toan-dia-ban/');
    expect(routes.disclosuresByUnit('ubnd')).toBe('/cong-khai/don-vi/ubnd/');
    expect(routes.budgetCsv('du-toan-2026')).toBe('/cong-khai/ngan-sach/du-toan-2026.csv');
    expect(routes.budgetJson('du-toan-2026')).toBe('/cong-khai/ngan-sach/du-toan-2026.json');
  });

  it('builds the compliance report and the catalogue, with an obligation as anchor', () => {
    expect(routes.complianceReport()).toBe('/cong-khai/tuan-thu/');
    expect(routes.complianceReport('du-toan')).toBe('/cong-khai/tuan-thu/#du-toan');
    expect(routes.obligationCatalogue()).toBe('/cong-khai/danh-muc/');
    expect(routes.obligationCatalogue('du-toan')).toBe('/cong-khai/danh-muc/#du-toan');
  });

  it('builds a plan and its annex, print version, items, units and tasks', () => {
    expect(routes.plans()).toBe('/ke-hoach/');
    expect(routes.plan('kh-1')).toBe('/ke-hoach/kh-1/');
    expect(routes.planAnnex('kh-1')).toBe('/ke-hoach/kh-1/phu-luc/');
    expect(routes.planPrint('kh-1')).toBe('/ke-hoach/kh-1/ban-in/');
    expect(routes.planItem('kh-1', 3)).toBe('/ke-hoach/kh-1/muc-3/');
    expect(routes.planUnit('kh-1', 'phong-tu-phap')).toBe('/ke-hoach/kh-1/don-vi/phong-tu-phap/');
    expect(routes.planTask('kh-1', '1.2')).toBe('/ke-hoach/kh-1/nhiem-vu/1.2/');
  });

  it('builds the reception schedule, its months, units, notices and calendars', () => {
    expect(routes.reception()).toBe('/lich-tiep-cong-dan/');
    expect(routes.receptionIcs()).toBe('/lich-tiep-cong-dan/lich.ics');
    expect(routes.receptionMonth('2026-12')).toBe('/lich-tiep-cong-dan/thang/2026-12/');
    expect(routes.receptionUnit('ubnd')).toBe('/lich-tiep-cong-dan/don-vi/ubnd/');
    expect(routes.receptionUnitIcs('ubnd')).toBe('/lich-tiep-cong-dan/don-vi/ubnd.ics');
    expect(routes.receptionUnitNotice('ubnd')).toBe('/lich-tiep-cong-dan/don-vi/ubnd/niem-yet/');
    expect(routes.receptionSessionIcs('abc-123')).toBe('/lich-tiep-cong-dan/su-kien/abc-123.ics');
  });

  it('builds units, areas, questions and contacts', () => {
    expect(routes.units()).toBe('/co-cau-to-chuc/');
    expect(routes.unit('ubnd')).toBe('/co-cau-to-chuc/ubnd/');
    expect(routes.areas()).toBe('/dia-ban/');
    expect(routes.area('phuong-a')).toBe('/dia-ban/phuong-a/');
    expect(routes.questions()).toBe('/hoi-dap/');
    expect(routes.question('q-1')).toBe('/hoi-dap/q-1/');
    expect(routes.contact()).toBe('/lien-he/');
    expect(routes.contactBooks()).toBe('/lien-he/danh-ba/');
    expect(routes.contactBook('phuong-a')).toBe('/lien-he/danh-ba/phuong-a/');
  });

  it('builds the PAPI page, with a dimension as anchor', () => {
    expect(routes.papi()).toBe('/papi/');
    expect(routes.papi(0)).toBe('/papi/#chi-so-0');
    expect(routes.papi(4)).toBe('/papi/#chi-so-4');
  });

  it('builds open data files and attachments', () => {
    expect(routes.openData()).toBe('/du-lieu-mo/');
    expect(routes.openDataCsv('dia-ban')).toBe('/du-lieu-mo/dia-ban.csv');
    expect(routes.openDataJson('dia-ban')).toBe('/du-lieu-mo/dia-ban.json');
    expect(routes.openDataSchema('ngan-sach')).toBe('/du-lieu-mo/ngan-sach.schema.json');
    expect(routes.attachmentsFolder()).toBe('/tep');
    expect(routes.attachment('ke-hoach/kh-1.pdf')).toBe('/tep/ke-hoach/kh-1.pdf');
  });

  it('builds the editing UI’s self-hosted addresses', () => {
    expect(routes.admin.cms()).toBe('/admin/cms');
    expect(routes.admin.iconFont()).toBe('/admin/phong-chu/material-symbols-outlined.woff2');
    expect(routes.admin.lazyLibraries()).toBe('/admin/thu-vien');
  });

  it('has a test above for every helper', () => {
    const source = readFileSync(new URL(import.meta.url), 'utf8');
    const names = [...Object.keys(routes).filter((k) => k !== 'admin'), ...Object.keys(routes.admin).map((k) => `admin.${k}`)];
    expect(names.filter((name) => !source.includes(`routes.${name}(`))).toEqual([]);
  });
});
