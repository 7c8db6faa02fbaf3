/**
 * node scripts/sample-attachments.ts — writes the PDF attachments of the sample disclosures.
 *
 * Reads the front matter of every record in content/<kind>/*.md (documents, budgets, poverty-reviews,
 * land-use, inspections, recruitment, anti-corruption, notices) and, for each entry of `attachments`,
 * writes a small one- or two-page PDF at content/files/<file>: a "DỮ LIỆU MẪU" header, the record's title,
 * number and dates, its summary, its main figures (for a budget, the table of its lines) and its text.
 * Only records marked `sample: true` are handled; a real record's attachment is the real file, never this.
 * Household names of poverty reviews are never written into a PDF.
 *
 * Its output is committed sample data: rerun it after changing a sample record. The output is the same byte
 * for byte on every run (fixed creation date and file id), so an unchanged record gives no diff.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsPDF } from 'jspdf';
import { parse } from 'yaml';
import { areaKinds } from '../src/schemas/area.ts';
import { budgetKinds, budgetUnits, disclosureKinds, landUseKinds } from '../src/schemas/disclosures.ts';

const root = path.resolve(process.argv[2] ?? 'content');
const filesDir = path.join(root, 'files');
const fontFile = path.resolve('node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf');
const folders = Object.values(disclosureKinds).map((k) => k.folder);
const MAX_BYTES = 60 * 1024;

type Data = Record<string, any>;
interface Line {
  name: string;
  amount: number;
  estimate?: number;
  lines?: Line[];
}

// The heading of each sample PDF names the kind of publication, more fully than the site's section labels.
const kindLabels: Record<string, string> = {
  documents: 'Văn bản',
  budgets: 'Công khai ngân sách',
  'poverty-reviews': 'Rà soát hộ nghèo, hộ cận nghèo',
  'land-use': 'Quy hoạch, kế hoạch sử dụng đất',
  inspections: 'Kết luận thanh tra',
  recruitment: 'Tuyển dụng',
  'anti-corruption': 'Phòng, chống tham nhũng',
  notices: 'Thông báo',
};
/** A choice's label from the schema's map, or the value itself if the map has none. */
const labelOf = (labels: Readonly<Record<string, string>>, value: unknown): string => labels[String(value)] ?? String(value);
const readYaml = (file: string): Data => (existsSync(file) ? (parse(readFileSync(file, 'utf8')) ?? {}) : {});
// The schemas' label maps, so a kind added there (thị trấn) is named here too; lower case inside a sentence.
const areaKind = (a: Data): string => (a['kind'] ? labelOf(areaKinds, a['kind']).toLocaleLowerCase('vi') : '');
function areaName(id: string | undefined): string {
  if (!id) return 'toàn địa bàn';
  const a = readYaml(path.join(root, 'areas', `${id}.yaml`));
  return `${areaKind(a)} ${a['name'] ?? id}${a['dissolvedOn'] ? ' (trước ngày 01/07/2025)' : ''}`.trim();
}
/** The issuer as a reader names it: a group of committees (UBND các phường, xã) is named by the record's area. */
function issuerName(unitId: string, areaId: string | undefined): string {
  const u = readYaml(path.join(root, 'units', `${unitId}.yaml`));
  if (u['kind'] === 'nhom' && u['level'] === 'xa' && areaId) {
    const a = readYaml(path.join(root, 'areas', `${areaId}.yaml`));
    return `Ủy ban nhân dân ${areaKind(a)} ${a['name'] ?? areaId}`;
  }
  return u['name'] ?? unitId;
}
const vnDate = (iso: string): string => iso.split('-').reverse().join('/');
const vnNumber = (n: number): string => n.toLocaleString('de-DE'); // 1.234.567, as Vietnamese writes it
/** Markdown body as plain paragraphs: emphasis dropped, list items bulleted. */
function plainParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.replace(/^\s*[-*]\s+/, '• ').replace(/^\s*(\d+)\.\s+/, '$1. '))
        .join('\n')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/\*([^*]+)\*/g, '$1')
        .trim(),
    )
    .filter(Boolean);
}

/** A small page-flowing writer over jsPDF: every call moves the cursor down and breaks pages as needed. */
class Writer {
  doc: jsPDF;
  y = 20;
  readonly left = 20;
  readonly width = 170;
  readonly bottom = 277;

  constructor(id: string) {
    this.doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
    const doc = this.doc;
    doc.addFileToVFS('s.ttf', readFileSync(fontFile).toString('base64'));
    doc.addFont('s.ttf', 'S', 'normal');
    doc.setFont('S');
    doc.setCreationDate(new Date('2023-01-01T00:00:00Z'));
    doc.setFileId(createHash('md5').update(id).digest('hex').toUpperCase());
    doc.setProperties({ title: id, creator: 'scripts/sample-attachments.ts', subject: 'Dữ liệu mẫu' });
  }

  need(h: number) {
    if (this.y + h > this.bottom) {
      this.doc.addPage();
      this.y = 20;
    }
  }

  text(s: string, opts: { size?: number; indent?: number; gap?: number; color?: [number, number, number] } = {}) {
    const size = opts.size ?? 10.5;
    const indent = opts.indent ?? 0;
    const lh = size * 0.45;
    this.doc.setFontSize(size);
    this.doc.setTextColor(...(opts.color ?? [0, 0, 0]));
    for (const line of this.doc.splitTextToSize(s, this.width - indent) as string[]) {
      this.need(lh);
      this.doc.text(line, this.left + indent, this.y);
      this.y += lh;
    }
    this.y += opts.gap ?? 1.5;
  }

  heading(s: string) {
    this.y += 2;
    this.text(s, { size: 11.5, gap: 1 });
  }

  rule() {
    this.need(3);
    this.doc.setDrawColor(150);
    this.doc.line(this.left, this.y, this.left + this.width, this.y);
    this.y += 4;
  }

  /** A table: every cell wraps within its column; numbers are right-aligned, text left-aligned. */
  table(head: string[], rows: { cells: string[]; indent?: number }[], widths: number[], align: ('left' | 'right')[] = []) {
    const size = 9.5;
    const lh = size * 0.45;
    this.doc.setFontSize(size);
    this.doc.setTextColor(0, 0, 0);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const row = (cells: string[], indent = 0) => {
      const wrapped = cells.map((c, i) => this.doc.splitTextToSize(c, widths[i]! - 2 - (i === 0 ? indent : 0)) as string[]);
      const h = Math.max(...wrapped.map((w) => w.length)) * lh + 1.5;
      this.need(h);
      wrapped.forEach((lines, i) => {
        const right = (align[i] ?? (i === 0 ? 'left' : 'right')) === 'right';
        const x = right ? xs[i]! + widths[i]! - 1 : xs[i]! + 1 + (i === 0 ? indent : 0);
        lines.forEach((l, j) => this.doc.text(l, x, this.y + j * lh, right ? { align: 'right' } : {}));
      });
      this.y += h;
    };
    row(head);
    this.doc.setDrawColor(120);
    this.doc.line(this.left, this.y - lh + 0.5, this.left + this.width, this.y - lh + 0.5);
    for (const r of rows) row(r.cells, r.indent ?? 0);
    this.y += 2;
  }

  footer(source: string) {
    const n = this.doc.getNumberOfPages();
    for (let i = 1; i <= n; i++) {
      this.doc.setPage(i);
      this.doc.setFontSize(8);
      this.doc.setTextColor(110, 110, 110);
      this.doc.text(`Dữ liệu mẫu, tạo từ ${source} — trang ${i}/${n}`, this.left, 290);
    }
  }
}

function writeBudget(w: Writer, d: Data) {
  w.text(`${labelOf(budgetKinds, d['budgetKind'])} năm ${d['fiscalYear']}${d['quarter'] ? `, quý ${d['quarter']}` : ''} — đơn vị tính: ${labelOf(budgetUnits, d['unit'])}`);
  for (const section of d['sections'] as { title: string; total: { amount: number; estimate?: number }; lines: Line[] }[]) {
    w.heading(section.title);
    const withEstimate = section.total.estimate !== undefined;
    const cells = (name: string, l: { amount: number; estimate?: number }) =>
      withEstimate ? [name, l.estimate !== undefined ? vnNumber(l.estimate) : '', vnNumber(l.amount)] : [name, vnNumber(l.amount)];
    const rows: { cells: string[]; indent?: number }[] = [];
    for (const line of section.lines) {
      rows.push({ cells: cells(line.name, line) });
      for (const detail of line.lines ?? []) rows.push({ cells: cells(`– ${detail.name}`, detail), indent: 4 });
    }
    rows.push({ cells: cells('Tổng cộng', section.total) });
    const amountHead = d['budgetKind'] === 'du-toan' ? 'Dự toán' : d['budgetKind'] === 'quyet-toan' ? 'Quyết toán' : 'Thực hiện';
    w.table(withEstimate ? ['Nội dung', 'Dự toán', amountHead] : ['Nội dung', amountHead], rows, withEstimate ? [120, 25, 25] : [140, 30]);
  }
}

function writeDetails(w: Writer, folder: string, d: Data) {
  switch (folder) {
    case 'budgets':
      writeBudget(w, d);
      break;
    case 'documents':
      w.text(`Người ký: ${d['signer'].title} ${d['signer'].name} (tên giả)`);
      if (d['effectiveOn']) w.text(`Ngày hiệu lực: ${vnDate(d['effectiveOn'])}`);
      break;
    case 'poverty-reviews': {
      const c = d['counts'];
      w.heading(`Số liệu tổng hợp năm ${d['year']}`);
      const rows = [
        ['Số hộ nghèo', String(c.poor)],
        ['Số hộ cận nghèo', String(c.nearPoor)],
        ...(c.escapedPoverty !== undefined ? [['Số hộ thoát nghèo', String(c.escapedPoverty)]] : []),
        ...(c.totalHouseholds !== undefined ? [['Tổng số hộ trên địa bàn', vnNumber(c.totalHouseholds)]] : []),
      ];
      w.table(['Chỉ tiêu', 'Số hộ'], rows.map((cells) => ({ cells })), [140, 30]);
      if (d['decision']) w.text(`Quyết định công nhận: số ${d['decision'].number} ngày ${vnDate(d['decision'].date)}`);
      break;
    }
    case 'land-use':
      w.text(`${labelOf(landUseKinds, d['planKind'])}, kỳ ${d['period']}`);
      w.text(`Phê duyệt: ${d['decision'].number} ngày ${vnDate(d['decision'].date)} của ${d['decision'].issuer}`);
      if (d['projects']?.length) {
        w.heading('Công trình, dự án');
        w.table(
          ['Công trình, dự án', 'Diện tích (ha)', 'Vị trí'],
          (d['projects'] as { name: string; areaHa: number; location: string }[]).map((p) => ({ cells: [p.name, p.areaHa.toLocaleString('vi-VN'), p.location] })),
          [95, 25, 50],
          ['left', 'right', 'left'],
        );
      }
      break;
    case 'inspections':
      w.text(`Đối tượng thanh tra: ${d['subject']}`);
      w.text(`Kết luận số ${d['conclusion'].number} ngày ${vnDate(d['conclusion'].date)}`);
      w.heading('Kết quả thanh tra');
      for (const f of d['findings'] as string[]) w.text(`• ${f}`, { indent: 3 });
      if (d['recommendations']?.length) {
        w.heading('Kiến nghị xử lý');
        for (const r of d['recommendations'] as string[]) w.text(`• ${r}`, { indent: 3 });
      }
      break;
    case 'recruitment':
      w.heading('Vị trí tuyển dụng');
      w.table(
        ['Vị trí, yêu cầu', 'Chỉ tiêu'],
        (d['positions'] as { title: string; count: number; requirements?: string }[]).map((p) => ({
          cells: [p.requirements ? `${p.title}. ${p.requirements}` : p.title, String(p.count)],
        })),
        [145, 25],
      );
      w.text(`Nhận hồ sơ từ ngày ${vnDate(d['applyFrom'])} đến ngày ${vnDate(d['applyTo'])} tại: ${d['applyAt']}`);
      break;
    case 'anti-corruption':
      w.heading(`Kết quả ${String(d['period']).replace(/^Năm /, 'năm ')}`);
      w.table(['Chỉ tiêu', 'Kết quả'], (d['results'] as { indicator: string; value: string }[]).map((r) => ({ cells: [r.indicator, r.value] })), [110, 60], ['left', 'left']);
      break;
  }
}

function render(folder: string, id: string, d: Data, body: string, attachmentTitle: string): Buffer {
  const w = new Writer(`${folder}/${id}`);
  w.text('DỮ LIỆU MẪU – không phải văn bản thật', { size: 13, color: [170, 20, 20], gap: 3 });
  w.text(issuerName(d['issuingAuthority'], d['area']), { size: 10, color: [70, 70, 70] });
  w.text(`${kindLabels[folder] ?? folder} — địa bàn: ${areaName(d['area'])}`, { size: 9.5, color: [70, 70, 70], gap: 3 });
  w.text(d['title'], { size: 14, gap: 2 });
  w.text(attachmentTitle, { size: 10, color: [70, 70, 70], gap: 3 });
  const number = d['number'] ? `Số: ${d['number']} — ` : '';
  w.text(`${number}Ngày ban hành: ${vnDate(d['issuedOn'])} — Ngày đăng: ${vnDate(d['publishedOn'])}`);
  if (d['postingPeriod']) w.text(`Thời gian niêm yết: từ ngày ${vnDate(d['postingPeriod'].from)} đến ngày ${vnDate(d['postingPeriod'].to)}`);
  w.rule();
  w.text(d['summary'], { size: 11, gap: 3 });
  writeDetails(w, folder, d);
  const paragraphs = plainParagraphs(body);
  if (paragraphs.length) {
    w.heading('Nội dung');
    for (const p of paragraphs) {
      for (const line of p.split('\n')) w.text(line, { indent: /^(• |\d+\. )/.test(line) ? 3 : 0, gap: 0.8 });
      w.y += 1.7;
    }
  }
  w.footer(`content/${folder}/${id}.md`);
  return Buffer.from(w.doc.output('arraybuffer'));
}

let written = 0;
const expected = new Set<string>();
for (const folder of folders) {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8').normalize('NFC');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!m) continue;
    const d = parse(m[1]!) as Data;
    if (d['sample'] !== true || !d['attachments']?.length) continue;
    const id = name.replace(/\.md$/, '');
    for (const a of d['attachments'] as { file: string; title: string }[]) {
      if (!a.file.endsWith('.pdf')) {
        console.warn(`bỏ qua ${a.file} (${folder}/${name}): chỉ tạo được tệp PDF`);
        continue;
      }
      const out = path.join(filesDir, a.file);
      const pdf = render(folder, id, d, text.slice(m[0].length), a.title);
      if (pdf.length > MAX_BYTES) throw new Error(`${a.file}: ${pdf.length} byte, vượt ${MAX_BYTES}`);
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, pdf);
      expected.add(path.relative(filesDir, out));
      written++;
      console.log(`${path.relative(process.cwd(), out)} (${Math.round(pdf.length / 1024)} KB)`);
    }
  }
}

// PDFs under files/ that no record lists any more are reported, not deleted: they may be real files.
const listAll = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listAll(path.join(dir, e.name)) : [path.join(dir, e.name)])) : [];
for (const f of listAll(filesDir)) {
  const rel = path.relative(filesDir, f);
  if (rel.endsWith('.pdf') && !expected.has(rel)) console.warn(`chú ý: ${path.relative(process.cwd(), f)} không thuộc hồ sơ mẫu nào`);
}
console.log(`Đã tạo ${written} tệp PDF mẫu.`);
