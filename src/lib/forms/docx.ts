/**
 * The same form as a Word document (DOCX), for people who fill forms on a computer. Built with the docx
 * library from the one form definition, and dated by the day given, so that a build gives the same bytes as
 * another on the same day.
 */
import { AlignmentType, Document, Footer, LeaderType, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { FormField, PrintedForm } from '../../schemas/form.ts';
import type { FormNotice } from './notice.ts';

const FONT = 'Times New Roman';
/** Right edge of the text area in twentieths of a point (A4 with 2 cm margins). */
const RIGHT = 9638;

const run = (text: string, opts: { bold?: boolean; size?: number; italics?: boolean } = {}) =>
  new TextRun({
    text: text.normalize('NFC'),
    font: FONT,
    size: (opts.size ?? 13) * 2,
    bold: opts.bold ?? false,
    italics: opts.italics ?? false,
  });

const centered = (text: string, bold = true, size = 13) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { bold, size })] });

/** A label followed by a dotted line to the right margin, where the citizen writes. */
const dottedLine = (label: string) =>
  new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: RIGHT, leader: LeaderType.DOT }],
    spacing: { after: 80 },
    children: [run(label), new TextRun({ text: '\t', font: FONT })],
  });

function fieldParagraphs(f: FormField): Paragraph[] {
  if (f.type === 'checkbox') return [new Paragraph({ spacing: { after: 80 }, children: [run(`☐ ${f.label}`)] })];
  if (f.type === 'choice') {
    return [
      new Paragraph({ children: [run(`${f.label}:`)] }),
      ...(f.options ?? []).map((o) => new Paragraph({ indent: { left: 360 }, children: [run(`☐ ${o}`)] })),
    ];
  }
  const lines = [dottedLine(`${f.label}: `)];
  if (f.type === 'textarea') lines.push(dottedLine(''), dottedLine(''));
  return lines;
}

/**
 * The form as a DOCX file dated `day` (YYYY-MM-DD): its zip entries and its created and modified properties.
 * The notice (guide label or official citation) is printed under the national header and in the page footer.
 */
export async function renderFormDocx(form: PrintedForm, footer: string, day: string, notice: FormNotice): Promise<Uint8Array> {
  const children: Paragraph[] = [];
  const formCode = form.status === 'official' ? form.prescribedBy?.formCode : null;
  if (formCode) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(formCode, { size: 12 })] }));
  children.push(centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), centered('Độc lập - Tự do - Hạnh phúc'));
  children.push(centered(`(${notice.label})`, true, 12), new Paragraph({ children: [] }));
  children.push(centered(form.title.toLocaleUpperCase('vi'), true, 14));
  for (const line of [notice.citation, notice.officialFormAt]) if (line) children.push(centered(line, false, 11));
  children.push(new Paragraph({ children: [] }));
  for (const section of form.sections) {
    children.push(new Paragraph({ spacing: { before: 160, after: 80 }, children: [run(section.title, { bold: true })] }));
    for (const f of section.fields) children.push(...fieldParagraphs(f));
  }
  children.push(
    new Paragraph({ children: [] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run('……………, ngày …… tháng …… năm ……', { italics: true })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(form.signatory.toLocaleUpperCase('vi'), { bold: true })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run('(Ký, ghi rõ họ, chữ đệm, tên)', { italics: true, size: 12 })] }),
    new Paragraph({ spacing: { before: 480 }, children: [run(footer, { size: 9 })] }),
  );
  const doc = new Document({
    title: form.title,
    subject: notice.label,
    creator: 'Cổng thông tin minh bạch',
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: { default: new Footer({ children: [new Paragraph({ children: [run(`${notice.label} · ${footer}`, { size: 9 })] })] }) },
        children,
      },
    ],
  });
  return datedPackage(new Uint8Array(await Packer.toBuffer(doc)), day);
}

/**
 * The docx library dates a package by the clock, in each zip entry and in docProps/core.xml, and has no option
 * for it; this rewrites both to the start of `day` in Vietnam, leaving every other byte of every part as it was.
 */
export function datedPackage(docx: Uint8Array, day: string): Uint8Array {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const parts = unzipSync(docx);
  const core = parts['docProps/core.xml'];
  if (core) {
    const instant = new Date(`${day}T00:00:00+07:00`).toISOString();
    parts['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, `$1${instant}`));
  }
  // A zip entry's date has no time zone: fflate writes the local fields of the Date, here the day itself at 00:00 on any machine.
  return zipSync(parts, { mtime: new Date(year, month - 1, date) });
}
