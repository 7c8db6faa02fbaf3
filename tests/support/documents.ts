/** Reading generated documents in tests: the text of a PDF (pdf.js) and of a DOCX (its XML). */
import JSZip from 'jszip';

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join('\n').normalize('NFC');
}

export interface DocxPackage {
  files: string[];
  contentTypes: string;
  /** The text of word/document.xml, paragraphs separated by newlines. */
  text: string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const contentTypes = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  return { files, contentTypes, text };
}
