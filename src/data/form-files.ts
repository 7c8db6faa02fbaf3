/**
 * The files of every form, generated once per build from its definition and shared by the download
 * endpoints and the pages that show their sizes (so a size shown is the size served).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { getCollection, getEntry } from 'astro:content';
import { jsPDF } from 'jspdf';
import subsetFont from 'subset-font';
import { formCharacters } from '../lib/forms/font.ts';
import { renderFormPdf } from '../lib/forms/pdf.ts';
import { renderFormDocx } from '../lib/forms/docx.ts';
import { formNotice, noticeLines } from '../lib/forms/notice.ts';
import { getLocality } from './site.ts';

const require = createRequire(import.meta.url);
const dejavu = (file: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));

let fontsPromise: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/** DejaVu Serif (it covers all of Vietnamese), cut down to the characters forms can contain. */
export function formFonts() {
  fontsPromise ??= (async () => {
    const forms = await getCollection('forms');
    const chars = formCharacters(
      forms.flatMap((f) => [
        f.data.title,
        ...noticeLines(formNotice(f.data)),
        f.data.signatory,
        ...f.data.sections.flatMap((s) => [s.title, ...s.fields.flatMap((x) => [x.label, ...(x.options ?? [])])]),
      ]),
    );
    const [regular, bold] = await Promise.all(
      ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'].map(
        async (file) => new Uint8Array(await subsetFont(dejavu(file), chars, { targetFormat: 'truetype' })),
      ),
    );
    return { regular: regular!, bold: bold! };
  })();
  return fontsPromise;
}

export interface FormFile {
  bytes: Uint8Array;
  sha256: string;
}

const cache = new Map<string, Promise<{ pdf: FormFile; docx: FormFile }>>();
const file = (bytes: Uint8Array): FormFile => ({ bytes, sha256: createHash('sha256').update(bytes).digest('hex') });

export async function formFooter(): Promise<string> {
  const locality = await getLocality();
  return `Cổng thông tin minh bạch ${locality.name} · ${new URL(locality.siteUrl).host}`;
}

export function formFiles(id: string) {
  let files = cache.get(id);
  if (!files) {
    files = (async () => {
      const entry = await getEntry('forms', id);
      if (!entry) throw new Error(`Không có biểu mẫu "${id}"`);
      const footer = `${entry.data.title} · ${await formFooter()}`;
      const notice = formNotice(entry.data);
      const pdf = renderFormPdf(jsPDF, entry.data, {
        fonts: await formFonts(),
        createdAt: new Date(`${entry.data.updated}T00:00:00+07:00`),
        footer,
        notice,
      });
      // Dated like the PDF, by the form's own date: the file changes only when the form does.
      const docx = await renderFormDocx(entry.data, footer, entry.data.updated, notice);
      return { pdf: file(new Uint8Array(pdf)), docx: file(docx) };
    })();
    cache.set(id, files);
  }
  return files;
}
