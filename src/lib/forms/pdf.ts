/**
 * Draws a form as an A4 PDF with jsPDF, blank (dotted lines to write on) or filled with a citizen's
 * answers. The same function runs at build for the downloadable form and in the browser for a filled
 * copy, so the two never differ. jsPDF is passed in so the browser loads it only when asked.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import type { FormField, PrintedForm } from '../../schemas/form.ts';
import type { FormNotice } from './notice.ts';

export type FormValues = Record<string, string | boolean | undefined>;

export interface PdfOptions {
  fonts: { regular: Uint8Array; bold: Uint8Array };
  values?: FormValues;
  /** Fixed for downloadable files, so the same definition gives the same bytes. */
  createdAt: Date;
  /** Small print at the foot of each page. */
  footer: string;
  /** Guide label or official citation: under the national header, under the title and in every footer. */
  notice: FormNotice;
}

const PAGE = { width: 210, height: 297, margin: 20 };
const LINE = 6.2;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function renderFormPdf(JsPDF: typeof JsPdf, form: PrintedForm, options: PdfOptions): ArrayBuffer {
  const doc = new JsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('form-regular.ttf', toBase64(options.fonts.regular));
  doc.addFont('form-regular.ttf', 'FormSerif', 'normal');
  doc.addFileToVFS('form-bold.ttf', toBase64(options.fonts.bold));
  doc.addFont('form-bold.ttf', 'FormSerif', 'bold');
  doc.setCreationDate(options.createdAt);
  doc.setFileId('0'.repeat(32));
  doc.setProperties({ title: form.title, subject: options.notice.label, creator: 'Cổng thông tin minh bạch' });

  const values = options.values ?? {};
  const width = PAGE.width - 2 * PAGE.margin;
  let y = PAGE.margin;

  const ensure = (height: number) => {
    if (y + height > PAGE.height - PAGE.margin - 8) {
      doc.addPage();
      y = PAGE.margin;
    }
  };
  const write = (text: string, opts: { bold?: boolean; size?: number; align?: 'left' | 'center' | 'right'; indent?: number } = {}) => {
    doc.setFont('FormSerif', opts.bold ? 'bold' : 'normal');
    doc.setFontSize(opts.size ?? 12);
    const indent = opts.indent ?? 0;
    const lines = doc.splitTextToSize(text.normalize('NFC'), width - indent) as string[];
    for (const line of lines) {
      ensure(LINE);
      const x = opts.align === 'center' ? PAGE.width / 2 : opts.align === 'right' ? PAGE.width - PAGE.margin : PAGE.margin + indent;
      doc.text(line, x, y, { align: opts.align ?? 'left' });
      y += LINE * ((opts.size ?? 12) / 12);
    }
  };
  const dots = (from: number) => {
    doc.setLineDashPattern([0.4, 1.2], 0);
    doc.setLineWidth(0.2);
    doc.line(from, y + 0.8, PAGE.width - PAGE.margin, y + 0.8);
    doc.setLineDashPattern([], 0);
  };
  const box = (x: number, checked: boolean) => {
    doc.setLineWidth(0.3);
    doc.rect(x, y - 3.4, 3.6, 3.6);
    if (checked) {
      doc.line(x + 0.7, y - 1.6, x + 1.5, y - 0.6);
      doc.line(x + 1.5, y - 0.6, x + 3.0, y - 2.9);
    }
  };

  // Heading of every Vietnamese administrative form, and right under it what this copy is: a guide is never
  // mistaken for the official template.
  const formCode = form.status === 'official' ? form.prescribedBy?.formCode : null;
  if (formCode) write(formCode, { align: 'right', size: 11 });
  write('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, align: 'center' });
  write('Độc lập - Tự do - Hạnh phúc', { bold: true, align: 'center' });
  doc.setLineWidth(0.3);
  doc.line(PAGE.width / 2 - 25, y - 4, PAGE.width / 2 + 25, y - 4);
  y += 1;
  write(`(${options.notice.label})`, { bold: true, align: 'center', size: 11 });
  y += 3;
  write(form.title.toLocaleUpperCase('vi'), { bold: true, align: 'center', size: 14 });
  for (const line of [options.notice.citation, options.notice.officialFormAt]) if (line) write(line, { align: 'center', size: 10 });
  y += 3;

  const field = (f: FormField) => {
    const value = values[f.id];
    doc.setFont('FormSerif', 'normal');
    doc.setFontSize(12);
    if (f.type === 'checkbox') {
      const label = doc.splitTextToSize(f.label, width - 6) as string[];
      ensure(LINE * label.length);
      box(PAGE.margin, value === true);
      label.forEach((line, i) => {
        doc.text(line, PAGE.margin + 6, y);
        if (i < label.length - 1) y += LINE;
      });
      y += LINE;
      return;
    }
    if (f.type === 'choice') {
      write(`${f.label}:`);
      for (const option of f.options ?? []) {
        ensure(LINE);
        box(PAGE.margin + 4, value === option);
        doc.text(option, PAGE.margin + 10, y);
        y += LINE;
      }
      return;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (text) {
      write(`${f.label}: ${text}`);
      return;
    }
    const label = `${f.label}: `;
    const lines = doc.splitTextToSize(label, width) as string[];
    lines.forEach((line, i) => {
      ensure(LINE);
      doc.text(line, PAGE.margin, y);
      if (i === lines.length - 1) dots(PAGE.margin + doc.getTextWidth(line) + 1);
      y += LINE;
    });
    for (let extra = f.type === 'textarea' ? 2 : 0; extra > 0; extra--) {
      ensure(LINE);
      dots(PAGE.margin);
      y += LINE;
    }
  };

  for (const section of form.sections) {
    ensure(LINE * 2);
    y += 1.5;
    write(section.title, { bold: true });
    for (const f of section.fields) field(f);
  }

  // Place, date and signature.
  ensure(LINE * 5);
  y += LINE;
  write('……………, ngày …… tháng …… năm ……', { align: 'right' });
  write(form.signatory.toLocaleUpperCase('vi'), { bold: true, align: 'right' });
  write('(Ký, ghi rõ họ, chữ đệm, tên)', { align: 'right', size: 11 });

  const pages = doc.getNumberOfPages();
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.setFont('FormSerif', 'normal');
    doc.setFontSize(8);
    const lines = doc.splitTextToSize(`${options.notice.label} · ${options.footer} · Trang ${p}/${pages}`, width) as string[];
    lines.forEach((line, i) => doc.text(line, PAGE.margin, PAGE.height - 10 - (lines.length - 1 - i) * 3.4));
  }
  return doc.output('arraybuffer');
}
