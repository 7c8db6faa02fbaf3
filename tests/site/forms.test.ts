/**
 * The form files citizens download: every PDF parses and carries its title in extractable Vietnamese text
 * with its embedded font; every DOCX is a valid Word package with the title in its text. Every form says
 * what it is, on its page and in both files: a guide carries the guide label under the national header and
 * in the footer, an official form the citation of the document that prescribes it.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCollectionFiles } from '../../src/lib/content/read.ts';
import { formNotice } from '../../src/lib/forms/notice.ts';
import { formSchema } from '../../src/schemas/form.ts';
import { distDir, loadPage } from '../support/dist.ts';
import { pdfText, readDocx } from '../support/documents.ts';

const GUIDE_LABEL = 'Bản hướng dẫn, không thay thế mẫu chính thức';
/** What a form whose template is not settled must never print. */
const UNSETTLED = /chưa xác định/i;

const forms = readCollectionFiles('content', { dir: 'forms', format: 'yaml' }).map((f) => {
  const data = formSchema.parse(f.data);
  const notice = formNotice(data);
  // A guide is known by its label; an official form by its citation.
  return { id: f.id, title: data.title, status: data.status, notice, mark: data.status === 'guide' ? GUIDE_LABEL : notice.citation! };
});

/** The text of every part of a DOCX whose name matches, tags dropped, by part name. */
function docxParts(id: string, name: RegExp): Record<string, string> {
  const parts = unzipSync(new Uint8Array(readFileSync(path.join(distDir, 'bieu-mau', `${id}.docx`))));
  return Object.fromEntries(
    Object.entries(parts)
      .filter(([part]) => name.test(part))
      .map(([part, bytes]) => [part, strFromU8(bytes).replace(/<[^>]+>/g, '')]),
  );
}
const procedures = readCollectionFiles('content', { dir: 'procedures', format: 'yaml' });

describe('downloadable forms', () => {
  it('has at least a dozen forms', () => {
    expect(forms.length).toBeGreaterThanOrEqual(12);
  });

  it.each(forms)('$id: the PDF parses and its text has the title with its diacritics', async ({ id, title }) => {
    const bytes = readFileSync(path.join(distDir, 'bieu-mau', `${id}.pdf`));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(new Uint8Array(bytes));
    expect(text).toContain(title.toLocaleUpperCase('vi'));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // The font is embedded (a FontFile2 stream), so the form prints the same everywhere.
    expect(bytes.toString('latin1')).toContain('/FontFile2');
  });

  it.each(forms)('$id: the DOCX is a Word package whose text has the title', async ({ id, title }) => {
    const docx = await readDocx(new Uint8Array(readFileSync(path.join(distDir, 'bieu-mau', `${id}.docx`))));
    expect(docx.files).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']));
    expect(docx.contentTypes).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(docx.text).toContain(title.toLocaleUpperCase('vi'));
  });

  it.each(forms)(
    '$id: the PDF says what it is under the national header and in the footer of every page, and never "chưa xác định"',
    async ({ id, title, notice, mark }) => {
      const text = await pdfText(new Uint8Array(readFileSync(path.join(distDir, 'bieu-mau', `${id}.pdf`))));
      expect(text).not.toMatch(UNSETTLED);
      // Right under "Độc lập - Tự do - Hạnh phúc", before the title: the header never stands alone as if official.
      expect(text.replace(/\s+/g, ' ')).toContain(`Độc lập - Tự do - Hạnh phúc (${notice.label}) ${title.toLocaleUpperCase('vi')}`);
      expect(text).toContain(mark);
      const pages = text.split('\n');
      for (const page of pages) expect(page.replace(/\s+/g, ' ')).toMatch(new RegExp(`${notice.label} · .* · Trang \\d+/${pages.length}`));
    },
  );

  it.each(forms)(
    '$id: the DOCX says what it is near the top and in its page footer, and never "chưa xác định"',
    ({ id, title, notice, mark }) => {
      const body = docxParts(id, /^word\/document\.xml$/)['word/document.xml']!;
      expect(body).toContain(mark);
      expect(body.indexOf(`(${notice.label})`)).toBeGreaterThan(body.indexOf('Độc lập - Tự do - Hạnh phúc'));
      expect(body.indexOf(`(${notice.label})`)).toBeLessThan(body.indexOf(title.toLocaleUpperCase('vi')));
      const footers = Object.values(docxParts(id, /^word\/footer\d*\.xml$/));
      expect(footers.length).toBeGreaterThan(0);
      for (const footer of footers) expect(footer).toContain(notice.label);
      for (const [part, xml] of Object.entries(docxParts(id, /\.xml$/))) expect(xml, part).not.toMatch(UNSETTLED);
    },
  );

  it.each(forms)('the page of $id shows what it is and where to get the official form', ({ id, status, notice, mark }) => {
    const $ = loadPage(`/bieu-mau/${id}/`);
    const box = $('main [data-form-notice]').text().replace(/\s+/g, ' ');
    expect(box).toContain(mark);
    if (status === 'guide') expect(box).toContain(notice.officialFormAt!);
    expect($('main').text()).not.toMatch(UNSETTLED);
    expect($('meta[name="description"]').attr('content')).not.toMatch(UNSETTLED);
    // The filler gets what it prints, never the office's research fields.
    const props = $('astro-island[component-url*="FormFiller"]').attr('props');
    expect(props).toContain('"sections"');
    expect(props).not.toMatch(/"(factChecks|notes|sources)"/);
  });

  it('labels every form in the list of forms', () => {
    const $ = loadPage('/bieu-mau/');
    expect($('main').text()).not.toMatch(UNSETTLED);
    for (const { id, mark, status } of forms) {
      const item = $(`main a[href="/bieu-mau/${id}/"]`).closest('li').text();
      expect(item, id).toContain(status === 'guide' ? mark : 'Mẫu chính thức');
    }
  });

  it('shows each download with its format and its real size', () => {
    const $ = loadPage('/bieu-mau/to-khai-dang-ky-khai-sinh/');
    const pdfSize = statSync(path.join(distDir, 'bieu-mau', 'to-khai-dang-ky-khai-sinh.pdf')).size;
    const shown = $('a[href="/bieu-mau/to-khai-dang-ky-khai-sinh.pdf"]').parent().text().replace(/\s+/g, ' ');
    expect(shown).toContain(`(PDF, ${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(pdfSize / 1024)} KB)`);
    expect($('a[href="/bieu-mau/to-khai-dang-ky-khai-sinh.docx"]').parent().text()).toMatch(/\(DOCX, [\d,]+ KB\)/);
  });

  it.each(forms)('$id: the filler island is given only what the PDF is drawn from, none of the research record', ({ id }) => {
    // Astro writes an island's props into the page as [type, value] pairs.
    const props = JSON.parse(loadPage(`/bieu-mau/${id}/`)('astro-island').attr('props') ?? '{}') as Record<string, [number, unknown]>;
    expect(Object.keys(props).sort()).toEqual(['fontUrls', 'footer', 'form', 'formId', 'notice', 'strings']);
    expect(Object.keys(props['form']![1] as object).sort()).toEqual(['prescribedBy', 'sections', 'signatory', 'status', 'title']);
  });

  it('links every form a procedure names, and names only forms that exist', () => {
    const ids = new Set(forms.map((f) => f.id));
    const named = procedures.flatMap((p) => (p.data['dossier'] as { form?: string }[]).map((d) => d.form).filter(Boolean) as string[]);
    expect(named.length).toBeGreaterThan(15);
    expect(named.filter((f) => !ids.has(f))).toEqual([]);
    const page = loadPage('/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
    expect(page('a[href="/bieu-mau/to-khai-dang-ky-khai-sinh.pdf"]')).toHaveLength(1);
  });
});
