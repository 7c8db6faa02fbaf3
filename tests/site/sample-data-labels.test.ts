/**
 * Sample data says so wherever it is reused, not only on its own page: the banner of the demo build, the
 * calendars (.ics), the Atom feeds, the open-data rows, the sample PDFs, the compliance report and the
 * plan's progress. A sample record must never count as a published obligation.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { disclosureKinds, type DisclosureKind } from '../../src/schemas/disclosures.ts';
import { routes } from '../../src/lib/routes.ts';
import { vi } from '../../src/i18n/vi.ts';
import { en } from '../../src/i18n/en.ts';
import { collectionDefs, type CollectionName } from '../../src/collections.ts';
import { distDir, htmlPages, loadPage, readPage } from '../support/dist.ts';
import { pdfText } from '../support/documents.ts';

const LABEL = vi.site.sampleData; // "Dữ liệu mẫu"
const { content } = checkContent('content');
const kinds = Object.keys(disclosureKinds) as DisclosureKind[];
const sampleDisclosures = kinds.flatMap((kind) => content[kind].filter((e) => e.data.sample).map((e) => ({ kind, entry: e })));
const sampleUrls = new Set(sampleDisclosures.map(({ kind, entry }) => routes.disclosure(kind, entry.id)));
/** Pages of every sample record of any collection (a schedule's page is its unit's). */
const allSampleUrls = new Set(
  (Object.keys(collectionDefs) as CollectionName[]).flatMap((name) => {
    const pages = collectionDefs[name].pages;
    const entries = (content[name] ?? []) as { id: string; data: { sample?: boolean } }[];
    return pages ? entries.filter((e) => e.data.sample).map((e) => pages.entry(e.id, e.data as never)) : [];
  }),
);
const sampleSchedules = new Set(content.receptions.filter((r) => r.data.sample).map((r) => r.id));
const sampleProgress = content.planProgress.filter((p) => p.data.sample);

const files = (dir: string, ext: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f));

describe('the demo build', () => {
  it('has sample content to label (else these tests prove nothing)', () => {
    expect(content.locality[0]?.data.sample).toBe(true);
    expect(sampleDisclosures.length).toBeGreaterThan(10);
    expect(sampleSchedules.size).toBeGreaterThan(0);
    expect(sampleProgress.length).toBeGreaterThan(0);
  });

  it('says it is a demonstration under the header of every page, in words', () => {
    const missing = htmlPages().filter((p) => {
      const strings = p.startsWith('/en/') ? en : vi;
      const banner = loadPage(p)('header.site-header + .demo-banner[role="note"]').text();
      return !banner.includes(`${strings.site.demoLabel}:`) || !banner.toLowerCase().includes(strings.site.sampleData.toLowerCase());
    });
    expect(missing).toEqual([]);
  });

  it('keeps the banner and the sample labels on paper: no print rule hides or blanks them', () => {
    const css = files(path.join(distDir, '_astro'), '.css')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(css).toMatch(/\.demo-banner\{display:block!important\}/);
    expect(css).not.toMatch(/\.(demo-banner|sample-label)[^{]*\{[^}]*(display:none|visibility:hidden)/);
  });
});

describe('calendars (.ics)', () => {
  const icsFiles = files(distDir, '.ics');

  it('mark every event of a sample schedule, and the calendar itself', () => {
    expect(icsFiles.length).toBeGreaterThan(5);
    let sampleEvents = 0;
    for (const file of icsFiles) {
      const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
      const events = cal.getAllSubcomponents('vevent');
      let anySample = false;
      for (const ev of events) {
        const schedule = String(ev.getFirstPropertyValue('uid')).replace(/-\d{8}(-moi)?@.*$/, '');
        const summary = String(ev.getFirstPropertyValue('summary'));
        const description = String(ev.getFirstPropertyValue('description'));
        if (sampleSchedules.has(schedule)) {
          anySample = true;
          sampleEvents++;
          expect(summary, file).toMatch(new RegExp(`^\\[${LABEL}\\] `));
          expect(description, file).toContain(LABEL);
        } else {
          expect(summary, file).not.toContain(LABEL);
        }
      }
      if (anySample) expect(String(cal.getFirstPropertyValue('x-wr-caldesc')), file).toContain(LABEL);
    }
    expect(sampleEvents).toBeGreaterThan(0);
  });
});

describe('Atom feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' });

  it('say "Dữ liệu mẫu" in the title and summary of every entry from a sample record', () => {
    let sampleEntries = 0;
    for (const file of files(path.join(distDir, 'cong-khai'), 'feed.xml')) {
      const feed = parser.parse(readFileSync(file, 'utf8')).feed as {
        entry?: { title: { '#text': string }; summary: { '#text': string }; link: { '@_href': string } }[];
      };
      for (const entry of feed.entry ?? []) {
        const title = entry.title['#text'];
        if (sampleUrls.has(new URL(entry.link['@_href']).pathname)) {
          sampleEntries++;
          expect(title, file).toMatch(new RegExp(`^\\[${LABEL}\\] `));
          expect(entry.summary['#text'], file).toMatch(new RegExp(`^${LABEL}\\. `));
        } else {
          expect(title, file).not.toContain(LABEL);
        }
      }
    }
    expect(sampleEntries).toBeGreaterThan(10);
  });
});

describe('open data', () => {
  const dir = path.join(distDir, 'du-lieu-mo');
  const datasets = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => f.slice(0, -'.json'.length));
  const sampleIds = new Set([
    ...sampleDisclosures.map(({ entry }) => entry.id),
    ...content.units.filter((u) => u.data.sample).map((u) => u.id),
  ]);

  it('flag every row of a sample record in JSON and CSV, documented in the JSON Schema', () => {
    let flagged = 0;
    for (const slug of datasets) {
      const json = JSON.parse(readFileSync(path.join(dir, `${slug}.json`), 'utf8')) as {
        items: { id: string; data: { sample?: boolean } }[];
      };
      if (!json.items.some((i) => 'sample' in i.data)) {
        // A dataset whose records cannot be sample (procedures, areas, the plan's tasks) has none.
        expect(
          json.items.filter((i) => sampleIds.has(i.id)),
          slug,
        ).toEqual([]);
        continue;
      }
      const schema = JSON.parse(readFileSync(path.join(dir, `${slug}.schema.json`), 'utf8')) as {
        properties: {
          items: { items: { properties: { data: { properties: { sample: { type: string; title: string; description: string } } } } } };
        };
      };
      const field = schema.properties.items.items.properties.data.properties.sample;
      expect(field, slug).toMatchObject({ type: 'boolean', title: LABEL });
      expect(field.description ?? '', slug).toContain('bản ghi mẫu');

      for (const item of json.items) {
        expect(item.data.sample, `${slug}/${item.id}`).toBe(sampleIds.has(item.id));
        if (item.data.sample) flagged++;
      }
      // The CSV: a "Dữ liệu mẫu" column, "true" exactly on the rows of sample records, "false" on the others.
      const [header, ...rows] = parseCsv(readFileSync(path.join(dir, `${slug}.csv`), 'utf8').replace(/^\uFEFF/, ''));
      const column = header!.indexOf(LABEL);
      expect(column, `${slug}.csv: cột "${LABEL}"`).toBeGreaterThan(0);
      expect(
        rows.map((r) => `${r[0]}=${r[column]}`),
        `${slug}.csv`,
      ).toEqual(json.items.map((i) => `${i.id}=${sampleIds.has(i.id)}`));
    }
    expect(flagged).toBeGreaterThan(10);
  });
});

describe('sample PDFs', () => {
  it('say "Dữ liệu mẫu" on every page', async () => {
    const pdfs = sampleDisclosures.flatMap(({ entry }) => entry.data.attachments.map((a) => a.file).filter((f) => f.endsWith('.pdf')));
    expect(pdfs.length).toBeGreaterThan(10);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (const file of pdfs) {
      const bytes = new Uint8Array(readFileSync(path.join(distDir, 'tep', file)));
      const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: false }).promise;
      for (let i = 1; i <= doc.numPages; i++) {
        const text = (await (await doc.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
        expect(text.normalize('NFC'), `${file}, trang ${i}`).toContain(LABEL);
      }
      await doc.destroy();
      // No file path of the repository in what a reader gets.
      expect(await pdfText(new Uint8Array(readFileSync(path.join(distDir, 'tep', file)))), file).not.toMatch(/content\/|\.md\b|scripts\//);
    }
  });
});

describe('the compliance report', () => {
  const $ = loadPage(routes.complianceReport());

  it('never counts a sample record as published, and shows it labelled', () => {
    const publishedFromSample = $('tr[data-status="published"]')
      .toArray()
      .filter((tr) =>
        $(tr)
          .find('a')
          .not('[data-sample] a')
          .toArray()
          .some((a) => allSampleUrls.has($(a).attr('href') ?? '')),
      );
    expect(publishedFromSample).toHaveLength(0);
    const labelled = $('[data-sample]').toArray();
    expect(labelled.length).toBeGreaterThan(0);
    for (const el of labelled) {
      expect($(el).text()).toContain(vi.compliance.sampleItem);
      expect(allSampleUrls.has($(el).find('a').attr('href') ?? ''), $(el).find('a').attr('href')).toBe(true);
    }
  });
});

describe('plan progress', () => {
  const plans = [...new Set(sampleProgress.map((p) => p.data.plan))];

  it('says "dữ liệu mẫu" next to every status that comes from sample progress, and under the chart', () => {
    for (const plan of plans) {
      const mine = sampleProgress.filter((p) => p.data.plan === plan);
      const $plan = loadPage(routes.plan(plan));
      expect($plan('#bieu-do-tien-do-tieu-de').text()).toContain(vi.plan.sampleStatus);
      expect($plan('figure').text()).toContain(vi.plan.sampleProgress);
      for (const page of [routes.planAnnex(plan), routes.planPrint(plan)]) {
        const $ = loadPage(page);
        const rows = $('tr[data-task-row]');
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows.toArray()) {
          const task = $(row).find('td').first().text().trim();
          const isSample = mine.some((p) => p.data.task === task);
          expect($(row).text().includes(vi.plan.sampleStatus), `${page} ${task}`).toBe(isSample);
        }
      }
      for (const p of mine) {
        const milestone = $plan(`#moc-${p.data.task}`);
        if (milestone.length) expect(milestone.text(), p.data.task).toContain(vi.plan.sampleStatus);
        else expect(readPage(routes.planTask(plan, p.data.task))).toContain(vi.plan.sampleStatus);
      }
    }
  });
});
