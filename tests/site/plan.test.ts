/**
 * The 2023 PAPI plan as citizens get it: the full text, the annex, task and unit pages, progress and search.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparableText } from '../../src/lib/text.ts';
import { htmlPages, loadPage, visibleText } from '../support/dist.ts';
import { search } from '../support/pagefind.ts';

const PLAN = '/ke-hoach/19-kh-ubnd-2023/';
const seed = readFileSync('seeds/000_c0cd988506191886.txt', 'utf8').split('\n');
const annexAt = seed.findIndex((l) => l.trim() === 'Phụ lục');
/** Paragraphs of the body; "Nơi nhận:" is a label the page shows as a heading. */
const bodyParagraphs = seed
  .slice(0, annexAt)
  .map((l, i) => ({ line: i + 1, text: l.trim() }))
  .filter((p) => p.text && p.text !== 'Nơi nhận:');
const annexRows = seed
  .map((text, i) => ({ line: i + 1, cells: text.split('\t') }))
  .filter((r) => r.line > annexAt && r.cells.length >= 8 && !['TT', 'STT', 'IT'].includes(r.cells[0]!.trim()));

const pageText = (path: string) => comparableText(visibleText(loadPage(path), 'main'));
const missingFrom = (text: string, pieces: { line: number; text: string }[]) =>
  pieces.filter((p) => !text.includes(comparableText(p.text))).map((p) => `${p.line}: ${p.text.slice(0, 60)}`);

describe('the plan page', () => {
  const text = pageText(PLAN);

  it('has every paragraph of the body, as written', () => {
    expect(bodyParagraphs.length).toBeGreaterThan(60);
    expect(missingFrom(text, bodyParagraphs)).toEqual([]);
  });

  it('links each section from its table of contents to an anchor', () => {
    const $ = loadPage(PLAN);
    const targets = $('nav[aria-labelledby="muc-luc"] a')
      .toArray()
      .map((a) => $(a).attr('href')!);
    expect(targets).toContain('#phan-ii-3');
    for (const href of targets) expect($(href)).toHaveLength(1);
    expect($('#phan-iii-3-d').text()).toContain('Về thực hiện chế độ báo cáo');
  });

  it('says its issuing authority was dissolved and names the successors', () => {
    const notice = visibleText(loadPage(PLAN), 'main [role="note"]');
    expect(notice).toContain('Ủy ban nhân dân thành phố Hưng Yên đã chấm dứt hoạt động từ ngày 01/07/2025.');
    expect(notice).toContain('Ủy ban nhân dân phường Phố Hiến');
  });

  it('shows the report deadlines as milestones', () => {
    expect(text).toContain('Báo cáo 6 tháng đầu năm trước ngày 05/6/2023');
    expect(text).toContain('Báo cáo cả năm trước ngày 25/10/2023');
  });

  it('charts progress per item with the same numbers in a table', () => {
    const $ = loadPage(PLAN);
    expect($('svg[role="img"] rect').length).toBeGreaterThan(9);
    const total = $('table tfoot td').last().text();
    expect(total).toBe('71');
    const rows = $('table tbody tr').filter((_, tr) => /^\d\. /.test($(tr).find('th').text()));
    expect(rows).toHaveLength(9);
  });

  it('has a print version with the text and the whole annex', () => {
    const print = pageText(`${PLAN}ban-in/`);
    expect(missingFrom(print, bodyParagraphs)).toEqual([]);
    expect(loadPage(`${PLAN}ban-in/`)('tr[data-task-row]')).toHaveLength(71);
  });
});

describe('the annex page', () => {
  it('lists every task and result cell without JavaScript', () => {
    const text = pageText(`${PLAN}phu-luc/`);
    const cells = annexRows.flatMap((r) => [r.cells[3]!, r.cells[4]!].filter((c) => c.trim()).map((c) => ({ line: r.line, text: c })));
    expect(cells.length).toBeGreaterThan(120);
    expect(missingFrom(text, cells)).toEqual([]);
    expect(loadPage(`${PLAN}phu-luc/`)('tr[data-task-row]')).toHaveLength(71);
  });
});

describe('task, item and unit pages', () => {
  const taskPages = htmlPages().filter((p) => p.startsWith(`${PLAN}nhiem-vu/`));

  it('gives every task a page naming its lead unit and status', () => {
    expect(taskPages).toHaveLength(71);
    const $ = loadPage(`${PLAN}nhiem-vu/5-04/`);
    const text = visibleText($, 'main');
    expect(text).toContain('Đơn vị chủ trì Phòng Giáo dục và Đào tạo thành phố Hưng Yên');
    expect(text).toContain('Quý II, III năm 2023');
    expect(text).toMatch(/Trạng thái: (Quá hạn|Hoàn thành|Đang thực hiện)/);
  });

  it('computes the state at build time: no progress report after the deadline is "Chưa có báo cáo", not overdue', () => {
    // Task 5-05 is due by 30/09/2023 and has no progress report: nobody reported, which is not failing.
    const unreported = visibleText(loadPage(`${PLAN}nhiem-vu/5-05/`), 'main');
    expect(unreported).toContain('Trạng thái: Chưa có báo cáo (hạn 30/09/2023)');
    expect(unreported).not.toContain('Quá hạn');
    // Task 5-04 (Quý II, III năm 2023) has a progress record saying it is under way: reported not done, overdue.
    expect(visibleText(loadPage(`${PLAN}nhiem-vu/5-04/`), 'main')).toContain('Trạng thái: Quá hạn');
    // Task 7-12 is reported done (sample data).
    expect(visibleText(loadPage(`${PLAN}nhiem-vu/7-12/`), 'main')).toContain('Trạng thái: Hoàn thành');
  });

  it('shows progress notes with links to evidence on the portal', () => {
    const $ = loadPage(`${PLAN}nhiem-vu/6-02/`);
    expect(visibleText($, 'main')).toContain('Dữ liệu mẫu');
    expect($('main a[href="/thu-tuc-hanh-chinh/"]').text()).toBe('Thủ tục hành chính');
  });

  it('has a page per item and per unit, listing tasks led and coordinated', () => {
    expect(loadPage(`${PLAN}muc-2/`)('tr[data-task-row]')).toHaveLength(4);
    const unit = visibleText(loadPage(`${PLAN}don-vi/phong-noi-vu/`), 'main');
    expect(unit).toMatch(/Phòng Nội vụ thành phố Hưng Yên: \d+ nhiệm vụ chủ trì, \d+ nhiệm vụ phối hợp/);
  });
});

describe('searching the plan', () => {
  it('finds a task by words of its text', async () => {
    const hits = await search('Tổ chức họp dân để thống nhất kết quả rà soát');
    expect(hits.slice(0, 3).map((h) => h.url)).toContain(`${PLAN}nhiem-vu/3-02/`);
  });

  it('finds tasks by their lead unit', async () => {
    const hits = await search('Phòng Giáo dục và Đào tạo', {}, 20);
    const urls = hits.map((h) => h.url);
    expect(urls).toContain(`${PLAN}don-vi/phong-giao-duc-dao-tao/`);
    expect(urls.some((u) => /nhiem-vu\/(5-04|5-05|7-10|7-11|7-12)\//.test(u))).toBe(true);
  });
});
