/**
 * The obligations registry as citizens get it: the Article 19 catalogue, the compliance report with the
 * same statuses as `npm run audit`, the PAPI dashboard with charts and their tables, and Q&A with
 * response times per unit.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { byRuleKind, complianceReport } from '../../src/lib/compliance-report.ts';
import { COMPLIANCE_STATES, summarize } from '../../src/lib/compliance.ts';
import { calendarFromHolidays } from '../../src/lib/calendar/from-content.ts';
import { responseStats } from '../../src/lib/questions.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { routes } from '../../src/lib/routes.ts';
import { ruleKinds } from '../../src/schemas/obligation.ts';
import { formatDecimal, formatPercent } from '../../src/lib/format.ts';
import { builtOn, loadPage, visibleText } from '../support/dist.ts';
import { vi } from '../../src/i18n/vi.ts';

const today = builtOn();
const { content, problems } = checkContent('content');
const report = complianceReport(content, today);
const obligations = content.obligations;

describe('content behind these pages', () => {
  it('is valid and rich enough to show every status', () => {
    expect(problems).toEqual([]);
    // The registry holds one record per duty: the 14 of the first version and the 12 added for issue 17.
    expect(obligations.length).toBeGreaterThanOrEqual(26);
    const counts = summarize(report.flatMap((o) => o.rows));
    expect(counts.published).toBeGreaterThan(0);
    expect(counts.overdue + counts.missing).toBeGreaterThan(0);
  });
});

describe('/cong-khai/danh-muc/ (Article 19 catalogue)', () => {
  const $ = loadPage('/cong-khai/danh-muc/');

  it('lists every obligation with where, form, when and for how long', () => {
    for (const o of obligations) {
      const d = o.data;
      const section = $(`section:has(> h2#${o.id})`);
      expect(section.length, o.id).toBe(1);
      const text = section.text().replace(/\s+/g, ' ');
      for (const field of ['where', 'form', 'when', 'duration'] as const)
        expect(text, `${o.id} ${field}`).toContain(d[field].replace(/\s+/g, ' '));
    }
  });

  it('names the legal basis of each, and sends the reader to the texts when its articles have not been checked', () => {
    const o = obligations.find((x) => x.id === 'thuc-hien-ngan-sach-quy')!;
    const text = $('section:has(> h2#thuc-hien-ngan-sach-quy)').text();
    expect(text).toContain('Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15');
    if (!(o.data as { verified: boolean }).verified) expect(text).toContain(vi.compliance.unverified);
  });

  it('has a section for every file of the registry, in the table of contents too', () => {
    const files = fs
      .readdirSync('content/obligations')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
    const sections = $('main section > h2[id]')
      .map((_, h) => $(h).attr('id'))
      .get()
      .sort();
    const toc = $('#muc-luc-danh-muc ~ ol a')
      .map((_, a) => $(a).attr('href')!.replace(/^#/, ''))
      .get()
      .sort();
    expect(sections).toEqual(files);
    expect(toc).toEqual(files);
  });

  it('cites every legal basis of every duty, article and document, and says whether it is law and from when', () => {
    for (const o of obligations) {
      const d = o.data as { legalBases: { document: string; article: string }[]; ruleKind: keyof typeof ruleKinds; validFrom?: string };
      const text = $(`section:has(> h2#${o.id})`).text().replace(/\s+/g, ' ');
      for (const b of d.legalBases) expect(text, o.id).toContain(`${b.article}, ${b.document}`);
      expect(text, o.id).toContain(ruleKinds[d.ruleKind]);
      if (d.validFrom) expect(text, o.id).toContain(vi.compliance.validFrom(formatDate(d.validFrom)));
    }
  });

  it('says plainly, and whom to ask, when a duty has nothing on the portal yet; and only then', () => {
    const locality = content.locality[0]!.data as { operator: string };
    const operator = content.units.find((u) => u.id === locality.operator)!.data as { name: string };
    const line = vi.compliance.notYetPublished(operator.name);
    const notYet = obligations.filter((o) => {
      const d = o.data as { fulfilledBy: unknown; portalPage?: string };
      return d.fulfilledBy === null && !d.portalPage;
    });
    expect(notYet.length).toBeGreaterThan(0);
    for (const o of obligations) {
      const section = $(`section:has(> h2#${o.id})`);
      const text = section.text().replace(/\s+/g, ' ');
      if (notYet.includes(o)) expect(text, o.id).toContain(line);
      else expect(text, o.id).not.toContain(line);
    }
  });

  it('links a duty that a page of the portal fulfils to that page', () => {
    expect($('section:has(> h2#co-cau-to-chuc-lien-he) a[href="' + routes.units() + '"]').length).toBe(1);
    expect($('section:has(> h2#thong-tin-tieng-anh) a[href="' + routes.englishOrganisation() + '"]').length).toBe(1);
    expect($('section:has(> h2#chuc-nang-cong-thong-tin) a[href="' + routes.search() + '"]').length).toBe(1);
  });

  it('links each obligation to the list of what fulfils it', () => {
    expect($('section:has(> h2#thuc-hien-ngan-sach-quy) a[href="/cong-khai/ngan-sach/"]').length).toBe(1);
    expect($('section:has(> h2#lich-tiep-cong-dan) a[href="/lich-tiep-cong-dan/"]').length).toBe(1);
  });
});

describe('/cong-khai/tuan-thu/ (compliance report)', () => {
  const $ = loadPage('/cong-khai/tuan-thu/');

  it('states the date it was computed for', () => {
    expect(visibleText($, 'main')).toContain(`Tính đến ngày ${formatDate(today)}`);
  });

  it('shows the same status as the audit for every obligation and area', () => {
    for (const o of report) {
      const shown = $(`section[data-obligation="${o.id}"] tbody tr`)
        .map((_, tr) => $(tr).attr('data-status'))
        .get();
      expect(shown, o.id).toEqual(o.rows.map((r) => r.status));
    }
  });

  it('totals the statuses in words and numbers, law and house rules apart', () => {
    const { law, house } = byRuleKind(report);
    for (const [kind, group] of [
      ['law', law],
      ['house', house],
    ] as const) {
      const counts = summarize(group.flatMap((o) => o.rows));
      const labels = kind === 'house' ? vi.compliance.houseStatus : vi.compliance.status;
      for (const status of COMPLIANCE_STATES) {
        const tile = $(`section[data-rule-kind="${kind}"] [data-summary="${status}"]`);
        // Law shows every state; a house rule only those that occur.
        if (kind === 'law' || counts[status])
          expect(tile.text().replace(/\s+/g, ' ').trim(), `${kind} ${status}`).toBe(`${counts[status]} ${labels[status]}`);
      }
    }
  });

  it('shows law and house rules in separate sections, each obligation in the section of its kind', () => {
    const { law, house } = byRuleKind(report);
    expect(house.map((o) => o.id)).toContain('ke-hoach-papi');
    expect($('section[data-rule-kind="law"] > h2').text()).toBe(vi.compliance.lawSection);
    expect($('section[data-rule-kind="house"] > h2').text()).toBe(vi.compliance.houseSection);
    for (const o of law) expect($(`section[data-rule-kind="law"] section[data-obligation="${o.id}"]`).length, o.id).toBe(1);
    for (const o of house) expect($(`section[data-rule-kind="house"] section[data-obligation="${o.id}"]`).length, o.id).toBe(1);
  });

  it('never shows a house rule in red, late or as a violation', () => {
    const houseSection = $('section[data-rule-kind="house"]');
    const tags = houseSection.find('[data-status]').filter((_, el) => el.tagName === 'strong');
    expect(tags.length).toBeGreaterThan(0);
    tags.each((_, el) => {
      expect($(el).attr('data-rule-kind')).toBe('house');
      expect($(el).attr('class')).not.toContain('f4cdc6');
    });
    expect(visibleText($, 'section[data-rule-kind="house"]')).not.toMatch(/Quá hạn|Vi phạm|Chưa công khai|Công khai muộn/);
  });

  it('explains every state in words', () => {
    const legend = $('[data-legend]').text();
    for (const s of COMPLIANCE_STATES) {
      expect(legend).toContain(vi.compliance.status[s]);
      expect(legend).toContain(vi.compliance.statusMeaning[s]);
    }
  });

  it('links each published row to its latest item, and says "Chưa có" when there is none', () => {
    const published = report.flatMap((o) => o.rows.map((r) => ({ o, r }))).find(({ r }) => r.latest)!;
    expect($(`section[data-obligation="${published.o.id}"] a[href="${published.r.latest!.url}"]`).length).toBeGreaterThan(0);
    const missing = report.flatMap((o) => o.rows.map((r) => ({ o, r }))).find(({ r }) => r.status === 'missing')!;
    expect($(`section[data-obligation="${missing.o.id}"] tr[data-status="missing"]`).first().text()).toContain('Chưa có');
  });
});

describe('/papi/ (dashboard)', () => {
  const $ = loadPage('/papi/');
  const years = content.papiScores
    .map((e) => e.data as { year: number; sample: boolean; scores: { dimension: number; score: number }[] })
    .sort((a, b) => a.year - b.year);

  it('says the scores are sample data when they are', () => {
    if (years.some((y) => y.sample)) expect(visibleText($, 'main')).toContain('KHÔNG phải kết quả PAPI đã công bố');
  });

  it('has a table with every score the charts draw', () => {
    const header = $('table[data-papi-table] thead th')
      .map((_, th) => $(th).text().trim())
      .get();
    expect(header.slice(1)).toEqual(years.map((y) => String(y.year)));
    for (let d = 1; d <= 8; d++) {
      const cells = $('table[data-papi-table] tbody tr')
        .eq(d - 1)
        .find('td')
        .map((_, td) => $(td).text().trim())
        .get();
      expect(cells).toEqual(years.map((y) => formatDecimal(y.scores.find((s) => s.dimension === d)!.score)));
    }
  });

  it('draws one chart per dimension with a point per year, named for screen readers', () => {
    for (let d = 1; d <= 8; d++) {
      const svg = $(`section[data-dimension="${d}"] svg[role="img"]`);
      expect(svg.length).toBe(1);
      expect(svg.find('polyline').attr('points')!.split(' ')).toHaveLength(years.length);
      expect(svg.find('title').text()).toContain('qua các năm');
    }
  });

  it('links transparency (dimension 2) to the plan item and the obligations that serve it', () => {
    const section = $('section[data-dimension="2"]');
    expect(section.find('a[href="/ke-hoach/19-kh-ubnd-2023/muc-3/"]').length).toBe(1);
    expect(section.find('a[href="/cong-khai/tuan-thu/#danh-sach-ho-ngheo"]').length).toBe(1);
    expect(section.find('a[href="/cong-khai/tuan-thu/#thuc-hien-ngan-sach-quy"]').length).toBe(1);
  });

  it('links e-governance (dimension 8) to the Q&A obligation', () => {
    expect($('section[data-dimension="8"] a[href="/cong-khai/tuan-thu/#hoi-dap"]').length).toBe(1);
  });
});

describe('/hoi-dap/ (questions and answers)', () => {
  const $ = loadPage('/hoi-dap/');
  const calendar = calendarFromHolidays(content.holidays.map((h) => h.data));
  const questions = content.questions.map((q) => ({
    id: q.id,
    ...(q.data as { unit: string; askedOn: string; answeredOn?: string; limitWorkingDays: number; title: string }),
  }));
  const stats = responseStats(questions, calendar, today);

  it('shows a clear way to ask: the national system, an email and a phone', () => {
    const box = $('#cach-hoi').parent();
    expect(box.find('a[href^="https://dichvucong.gov.vn"]').length).toBe(1);
    expect(box.find('a[href^="mailto:"]').length).toBe(1);
    expect(box.find('a[href^="tel:"]').length).toBe(1);
  });

  it('shows each unit’s median and 90th-percentile days and the share answered on time', () => {
    expect(stats.length).toBeGreaterThanOrEqual(2);
    for (const s of stats) {
      const cells = $(`tr[data-unit="${s.unit}"] td`)
        .map((_, td) => $(td).text().trim())
        .get();
      expect(cells[0]).toBe(String(s.asked));
      expect(cells[1]).toBe(String(s.answered));
      expect(cells[2]).toBe(s.median === undefined ? 'Chưa có' : String(s.median));
      expect(cells[3]).toBe(s.p90 === undefined ? 'Chưa có' : String(s.p90));
      expect(cells[4]).toBe(s.withinLimit === undefined ? 'Chưa có' : formatPercent(s.withinLimit));
    }
  });

  it('lists every question, newest first, with a page of its own', () => {
    const links = $('[data-question-list] h3 a')
      .map((_, a) => $(a).attr('href'))
      .get();
    const expectedOrder = [...questions]
      .sort((a, b) => b.askedOn.localeCompare(a.askedOn) || a.id.localeCompare(b.id))
      .map((q) => `/hoi-dap/${q.id}/`);
    expect(links).toEqual(expectedOrder);
  });

  it('gives each answered question its working days against the limit', () => {
    const q = questions.find((x) => x.answeredOn)!;
    const days = calendar.workingDaysBetween(q.askedOn, q.answeredOn!);
    const page = loadPage(`/hoi-dap/${q.id}/`);
    expect(visibleText(page, 'main')).toContain(`Trả lời sau ${days} ngày làm việc (thời hạn ${q.limitWorkingDays} ngày làm việc)`);
    expect(page(`[data-timing="${days <= q.limitWorkingDays ? 'on-time' : 'late'}"]`).length).toBe(1);
  });

  it('shows an unanswered question as awaiting, or late once its limit has passed', () => {
    const q = questions.find((x) => !x.answeredOn)!;
    const waited = calendar.workingDaysBetween(q.askedOn, today);
    const page = loadPage(`/hoi-dap/${q.id}/`);
    expect(page(`[data-timing="${waited <= q.limitWorkingDays ? 'waiting' : 'overdue'}"]`).length).toBe(1);
  });
});

describe('/tiep-can-thong-tin/ (access to information)', () => {
  const $ = loadPage('/tiep-can-thong-tin/');

  it('links the request form and the receiving units, and cites where the time limits are set', () => {
    expect($('main a[href="/bieu-mau/phieu-yeu-cau-cung-cap-thong-tin/"]').length).toBeGreaterThan(0);
    expect($('main a[href="/lien-he/"]').length).toBeGreaterThan(0);
    expect(visibleText($, 'main')).toContain('Thời hạn: số ngày của từng thời hạn theo các Điều 23, 24 Luật Tiếp cận thông tin');
  });
});
