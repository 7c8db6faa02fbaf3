/**
 * What the portal inferred about the 2023 PAPI plan (the blank name of item 1, the sub-dimension of 3-03, the
 * shifted results of 6-05/6-06, the merged cell of 7-08/7-09) is said next to the value on every page that
 * shows it, and the task page cites the plan by number, date and line, never by file.
 */
import { describe, expect, it } from 'vitest';
import { vi } from '../../src/i18n/vi.ts';
import { loadPage, visibleText } from '../support/dist.ts';

const PLAN = '/ke-hoach/19-kh-ubnd-2023/';
const t = vi.plan.inferred;
const ambiguous = t.ambiguousMerge(['đơn vị chủ trì', 'thời gian thực hiện']);
/** The inference each judged task shows, and the column (table cell label) it is shown in. */
const JUDGED: Record<string, { kind: string; label: string; text: string }> = {
  '3-03': { kind: 'inherited-sub-dimension', label: vi.plan.subDimension, text: t.subDimension },
  '6-05': { kind: 'shifted-result', label: vi.plan.result, text: t.resultFromNext('6-06') },
  '6-06': { kind: 'shifted-result', label: vi.plan.result, text: t.resultToPrevious('6-05') },
  '7-08': { kind: 'ambiguous-merge', label: vi.plan.lead, text: ambiguous },
  '7-09': { kind: 'ambiguous-merge', label: vi.plan.lead, text: ambiguous },
};

type Page = ReturnType<typeof loadPage>;
const notes = ($: Page, scope: string) =>
  $(scope)
    .find('[data-inferred]')
    .toArray()
    .map((el) => ({ kind: $(el).attr('data-inferred'), text: $(el).text().trim() }));

/** The notes in each task row of a table, by task id, with the label of the cell they are in. */
function rowNotes($: Page): Record<string, { kind: string | undefined; label: string | undefined; text: string }[]> {
  const found: Record<string, { kind: string | undefined; label: string | undefined; text: string }[]> = {};
  $('main tr[data-task-row]').each((_, tr) => {
    const id = $(tr).find('td[data-label="TT"]').text().trim();
    const inRow = $(tr)
      .find('[data-inferred]')
      .toArray()
      .map((el) => ({ kind: $(el).attr('data-inferred'), label: $(el).closest('td').attr('data-label'), text: $(el).text().trim() }));
    if (inRow.length) found[id] = inRow;
  });
  return found;
}

describe('task pages', () => {
  it.each(Object.entries(JUDGED))('task %s says what the portal inferred, next to the value', (id, expected) => {
    const $ = loadPage(`${PLAN}nhiem-vu/${id}/`);
    const dd = $('main .summary-list dt')
      .filter((_, dt) => $(dt).text() === expected.label)
      .next('dd');
    expect(notes($, 'main')).toEqual([{ kind: expected.kind, text: expected.text }]);
    expect(dd.find(`[data-inferred="${expected.kind}"]`).text()).toBe(expected.text);
  });

  it('says item 1 has no name in the plan on its tasks, and nothing on a task with no inference', () => {
    expect(notes(loadPage(`${PLAN}nhiem-vu/1-01/`), 'main')).toEqual([{ kind: 'blank-name', text: t.itemName }]);
    expect(notes(loadPage(`${PLAN}nhiem-vu/5-04/`), 'main')).toEqual([]);
    expect(notes(loadPage(`${PLAN}nhiem-vu/6-07/`), 'main')).toEqual([]);
  });

  it('says an inherited sub-dimension came from the merged cell above, like the other columns', () => {
    const $ = loadPage(`${PLAN}nhiem-vu/1-02/`);
    const dd = $('main .summary-list dt')
      .filter((_, dt) => $(dt).text() === vi.plan.subDimension)
      .next('dd');
    expect(dd.text()).toContain(vi.plan.inheritedNote);
  });

  it('cites the plan by number, date and line of its text, never by file', () => {
    const text = visibleText(loadPage(`${PLAN}nhiem-vu/6-05/`), 'main');
    expect(text).toContain('Nguồn Kế hoạch số 19/KH-UBND ngày 08/02/2023, dòng 218 của văn bản');
    expect(text).not.toMatch(/seeds\/|\.txt|\.yaml|judgements/);
  });
});

describe('lists and the print version', () => {
  it.each([`${PLAN}phu-luc/`, `${PLAN}ban-in/`])('the annex table %s says each inference in the row and cell of its value', (path) => {
    const $ = loadPage(path);
    expect(rowNotes($)).toEqual(
      Object.fromEntries(Object.entries(JUDGED).map(([id, j]) => [id, [{ kind: j.kind, label: j.label, text: j.text }]])),
    );
    expect(notes($, '#muc-1')).toEqual([{ kind: 'blank-name', text: t.itemName }]);
    expect($('main th[id^="muc-"] [data-inferred]')).toHaveLength(1);
  });

  it('the task lists of item 7 and of the units leading 7-08 say its lead was inferred', () => {
    for (const path of [`${PLAN}muc-7/`, `${PLAN}don-vi/ubnd-cac-phuong-xa-thanh-pho/`, `${PLAN}don-vi/cac-co-quan-don-vi-thanh-pho/`]) {
      const notesByTask = rowNotes(loadPage(path));
      expect(notesByTask, path).toEqual({
        '7-08': [{ kind: 'ambiguous-merge', label: vi.plan.lead, text: ambiguous }],
        '7-09': [{ kind: 'ambiguous-merge', label: vi.plan.lead, text: ambiguous }],
      });
    }
    expect(rowNotes(loadPage(`${PLAN}muc-6/`))).toEqual({});
  });

  it.each([`${PLAN}`, `${PLAN}muc-1/`, '/papi/'])('%s says item 1 has no name in the plan where it names it', (path) => {
    expect(notes(loadPage(path), 'main')).toEqual([{ kind: 'blank-name', text: t.itemName }]);
  });
});
