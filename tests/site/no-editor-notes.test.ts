/**
 * Editors' notes never reach an output (issue 16): no page (text and attributes, so island props too), search
 * fragment, calendar, feed, sitemap, open-data file, PDF or DOCX of the built site has the wording of research
 * notes, a repository path, a repository name or a command. The readers are first shown to find a planted note
 * in every kind of file, so a reader that silently read nothing could not pass.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import JSZip from 'jszip';
import { jsPDF } from 'jspdf';
import { afterAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir } from '../support/dist.ts';
import { findEditorWording, outputTexts, type Finding } from '../support/output-text.ts';

const planted = mkdtempSync(path.join(tmpdir(), 'portal-notes-'));
afterAll(() => rmSync(planted, { recursive: true, force: true }));

function plant(file: string, content: string | Uint8Array) {
  const full = path.join(planted, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
}

/** Findings grouped as "phrase: count", for a failure message that says what leaked and how much. */
const countsByPhrase = (findings: Finding[]) =>
  Object.fromEntries(
    [...Map.groupBy(findings, (f) => f.phrase)].map(([phrase, found]) => [
      phrase,
      `${found.length} (${new Set(found.map((f) => f.file)).size} tệp)`,
    ]),
  );

describe("editors' notes in the outputs", () => {
  it('are found in every kind of published file when planted there', async () => {
    plant('thu-tuc/index.html', '<p>Thời hạn 5 ngày</p><span data-note="theo trí nhớ của người soạn">x</span>');
    plant('bieu-mau/index.html', '<astro-island props="{&quot;notes&quot;:[0,&quot;Chưa xác minh mẫu&quot;]}"></astro-island>');
    plant('pagefind/fragment/vi_1.pf_fragment', gzipSync(`pagefind_dcd${JSON.stringify({ content: 'Nguồn: seeds/000_x.txt' })}`));
    plant('lich.ics', 'BEGIN:VCALENDAR\r\nDESCRIPTION:chưa đối chiếu văn bản\r\nEND:VCALENDAR\r\n');
    plant('feed.xml', '<feed><entry><summary>xem content/procedures/a.yaml</summary></entry></feed>');
    plant('du-lieu-mo/a.csv', 'Mã,Ghi chú\r\n1,Tra cứu trong phiên làm việc\r\n');
    plant('du-lieu-mo/a.json', JSON.stringify({ items: [{ note: 'Theo hiểu biết của người soạn' }] }));
    const pdf = new jsPDF();
    pdf.text('run npm run audit', 10, 10);
    plant('tep/a.pdf', new Uint8Array(pdf.output('arraybuffer')));
    const docx = new JSZip();
    docx.file('[Content_Types].xml', '<Types/>');
    docx.file('word/document.xml', '<w:document><w:body><w:p><w:r><w:t>github.com/x/y</w:t></w:r></w:p></w:body></w:document>');
    plant('bieu-mau/a.docx', await docx.generateAsync({ type: 'uint8array' }));
    // The editing UI is not a citizen output: it names its repository by design.
    plant('admin/config.yml', 'repo: github/cong-minh-bach');

    const findings = findEditorWording(await outputTexts(planted));
    const phrasesByFile = Object.fromEntries(
      [...Map.groupBy(findings, (f) => f.file)].map(([file, found]) => [file, found.map((f) => f.phrase)]),
    );
    expect(phrasesByFile).toEqual({
      'thu-tuc/index.html': ['theo trí nhớ'],
      'bieu-mau/index.html': ['chưa xác minh'],
      'pagefind/fragment/vi_1.pf_fragment': ['seeds/', 'đường dẫn tệp'],
      'lich.ics': ['chưa đối chiếu'],
      'feed.xml': ['đường dẫn tệp'],
      'du-lieu-mo/a.csv': ['phiên làm việc'],
      'du-lieu-mo/a.json': ['theo hiểu biết'],
      'tep/a.pdf': ['npm '],
      'bieu-mau/a.docx': ['github'],
    });
  });

  it('are nowhere in the built site', async () => {
    assertBuilt();
    const texts = await outputTexts(distDir);
    // Every kind of file is read: a site whose PDFs or feeds went unread would pass with nothing to find.
    const kinds = new Set(texts.map((t) => (t.file.startsWith('pagefind/') ? 'pagefind' : path.extname(t.file))));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['.csv', '.docx', '.html', '.ics', '.json', '.pdf', '.xml', 'pagefind']));
    const findings = findEditorWording(texts);
    expect(countsByPhrase(findings), findings.map((f) => `${f.file}: «${f.excerpt}»`).join('\n')).toEqual({});
  });
});
