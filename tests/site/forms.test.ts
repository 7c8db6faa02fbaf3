/**
 * The form files citizens download: every PDF parses and carries its title in extractable Vietnamese text
 * with its embedded font; every DOCX is a valid Word package with the title in its text.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollectionFiles } from '../../src/lib/content/read.ts';
import { distDir, loadPage } from '../support/dist.ts';
import { pdfText, readDocx } from '../support/documents.ts';

const forms = readCollectionFiles('content', { dir: 'forms', format: 'yaml' }).map((f) => ({ id: f.id, title: String(f.data['title']) }));
const procedures = readCollectionFiles('content', { dir: 'procedures', format: 'yaml' });

describe('downloadable forms', () => {
  it('has at least a dozen forms', () => {
    expect(forms.length).toBeGreaterThanOrEqual(12);
  });

  it.each(forms)('$id.pdf parses and its text has the title with its diacritics', async ({ id, title }) => {
    const bytes = readFileSync(path.join(distDir, 'bieu-mau', `${id}.pdf`));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(new Uint8Array(bytes));
    expect(text).toContain(title.toLocaleUpperCase('vi'));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // The font is embedded (a FontFile2 stream), so the form prints the same everywhere.
    expect(bytes.toString('latin1')).toContain('/FontFile2');
  });

  it.each(forms)('$id.docx is a Word package whose text has the title', async ({ id, title }) => {
    const docx = await readDocx(new Uint8Array(readFileSync(path.join(distDir, 'bieu-mau', `${id}.docx`))));
    expect(docx.files).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']));
    expect(docx.contentTypes).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(docx.text).toContain(title.toLocaleUpperCase('vi'));
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
    expect(Object.keys(props).sort()).toEqual(['fontUrls', 'footer', 'form', 'formId', 'strings']);
    expect(Object.keys(props['form']![1] as object).sort()).toEqual(['code', 'sections', 'signatory', 'title']);
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
