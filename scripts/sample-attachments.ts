/**
 * node scripts/sample-attachments.ts — writes the PDF attachments of the sample disclosures.
 *
 * Reads the content as the site does (lib/content/check.ts: every record typed by its collection's schema)
 * and, for each entry of `attachments` of a disclosure (documents, budgets, poverty-reviews, land-use,
 * inspections, recruitment, anti-corruption, notices), writes a small one- or two-page PDF at
 * content/files/<file>: a "DỮ LIỆU MẪU" header and a "Dữ liệu mẫu" footer on every page, the record's title, number and dates, its summary, its main
 * figures (for a budget, the table of its lines) and its text. Labels (kinds, units, field names) are the
 * schemas' and the site's (src/i18n/vi.ts), so a PDF names things as the page it belongs to does.
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
import type { CollectionData } from '../src/collections.ts';
import { vi } from '../src/i18n/vi.ts';
import { checkContent, formatReport, type CheckedEntry } from '../src/lib/content/check.ts';
import { publicContent } from '../src/lib/content/internal.ts';
import { areaKinds } from '../src/schemas/area.ts';
import { budgetKinds, budgetUnits, disclosureKinds, landUseKinds, type DisclosureKind } from '../src/schemas/disclosures.ts';
import { unitKinds } from '../src/schemas/unit.ts';

const root = path.resolve(process.argv[2] ?? 'content');
const filesDir = path.join(root, 'files');
const fontFile = path.resolve('node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf');
const MAX_BYTES = 60 * 1024;
const t = vi.disclosure;

// The content as the site reads it: parsed, normalised and checked against the collections' schemas.
const { problems, content: checked } = checkContent(root);
// Editors' notes (the manifest's `internal` fields) never go into a published file.
const content = publicContent(checked);
if (problems.length) {
  // Not fatal: a new sample record is missing the very attachment this script writes. A record that fails
  // its schema is not in `content`, so it gets no PDF until it is fixed.
  console.warn(`${formatReport(problems)}\n`);
}
const areas = new Map(content.areas.map((a) => [a.id, a.data]));
const units = new Map(content.units.map((u) => [u.id, u.data]));

const vnDate = (iso: string): string => iso.split('-').reverse().join('/');
const vnNumber = (n: number): string => n.toLocaleString('de-DE'); // 1.234.567, as Vietnamese writes it
/** "phường Phố Hiến": the kind's label from the schema (a thị trấn too), lower case inside a sentence. */
const areaTitle = (a: CollectionData['areas']): string => `${areaKinds[a.kind].toLocaleLowerCase('vi')} ${a.name}`;
function areaName(id: string | undefined): string {
  if (!id) return 'toàn địa bàn';
  const a = areas.get(id);
  return a ? `${areaTitle(a)}${a.dissolvedOn ? ` (trước ngày ${vnDate(a.dissolvedOn)})` : ''}` : id;
}
/** The issuer as a reader names it: a group of committees (UBND các phường, xã) is named by the record's area. */
function issuerName(unitId: string, areaId: string | undefined): string {
  const u = units.get(unitId);
  const a = areaId ? areas.get(areaId) : undefined;
  if (u?.kind === 'nhom' && u.level === 'xa' && a) return `${unitKinds['uy-ban']} ${areaTitle(a)}`;
  return u?.name ?? unitId;
}
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

  constructor(id: string, title: string) {
    this.doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
    const doc = this.doc;
    doc.addFileToVFS('s.ttf', readFileSync(fontFile).toString('base64'));
    doc.addFont('s.ttf', 'S', 'normal');
    doc.setFont('S');
    doc.setCreationDate(new Date('2023-01-01T00:00:00Z'));
    doc.setFileId(createHash('md5').update(id).digest('hex').toUpperCase());
    // Metadata is read by PDF viewers and search engines: the record's title and the sample label, no file names.
    doc.setProperties({ title: `[${vi.site.sampleData}] ${title}`, creator: vi.site.portalName, subject: vi.site.sampleData });
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

  /** Every page says it is sample data, even one printed or forwarded on its own. */
  footer() {
    const n = this.doc.getNumberOfPages();
    for (let i = 1; i <= n; i++) {
      this.doc.setPage(i);
      this.doc.setFontSize(8);
      this.doc.setTextColor(110, 110, 110);
      this.doc.text(`${vi.site.sampleData} – không phải văn bản thật — trang ${i}/${n}`, this.left, 290);
    }
  }
}

type Budget = CollectionData['budgets'];
/** A line's figures or a section's total. */
type Amounts = Budget['sections'][number]['total'];

function writeBudget(w: Writer, d: Budget) {
  w.text(`${budgetKinds[d.budgetKind]} năm ${d.fiscalYear}${d.quarter ? `, quý ${d.quarter}` : ''} — đơn vị tính: ${budgetUnits[d.unit]}`);
  // The figure column: the estimate, the settlement, or what was executed (in a quarter, six months, a year).
  const amountHead = d.budgetKind === 'du-toan' || d.budgetKind === 'quyet-toan' ? budgetKinds[d.budgetKind] : t.executed;
  for (const section of d.sections) {
    w.heading(section.title);
    const withEstimate = section.total.estimate !== undefined;
    const cells = (name: string, l: Amounts) =>
      withEstimate ? [name, l.estimate !== undefined ? vnNumber(l.estimate) : '', vnNumber(l.amount)] : [name, vnNumber(l.amount)];
    const rows: { cells: string[]; indent?: number }[] = [];
    for (const line of section.lines) {
      rows.push({ cells: cells(line.name, line) });
      for (const detail of line.lines) rows.push({ cells: cells(`– ${detail.name}`, detail), indent: 4 });
    }
    rows.push({ cells: cells(t.total, section.total) });
    w.table(withEstimate ? [t.line, t.estimate, amountHead] : [t.line, amountHead], rows, withEstimate ? [120, 25, 25] : [140, 30]);
  }
}

/** What a kind's PDF shows besides the common header: a fuller heading, the document number, its own figures. */
interface Sheet<Kind extends DisclosureKind> {
  /** The kind as the heading names the publication, when more fully than the site's section label. */
  heading?: string;
  number?: (d: CollectionData[Kind]) => string;
  details: (w: Writer, d: CollectionData[Kind]) => void;
}

const sheets: { [Kind in DisclosureKind]: Sheet<Kind> } = {
  documents: {
    number: (d) => d.number,
    details(w, d) {
      w.text(`${t.signer}: ${d.signer.title} ${d.signer.name} (tên giả)`);
      if (d.effectiveOn) w.text(`${t.effectiveOn}: ${vnDate(d.effectiveOn)}`);
    },
  },
  budgets: { heading: 'Công khai ngân sách', details: writeBudget },
  povertyReviews: {
    heading: 'Rà soát hộ nghèo, hộ cận nghèo',
    // The counts and the decision only: household names are never written into a PDF.
    details(w, d) {
      const c = d.counts;
      w.heading(`${t.counts} năm ${d.year}`);
      const rows = [
        [t.poor, String(c.poor)],
        [t.nearPoor, String(c.nearPoor)],
        ...(c.escapedPoverty !== undefined ? [[t.escapedPoverty, String(c.escapedPoverty)]] : []),
        ...(c.totalHouseholds !== undefined ? [[t.totalHouseholds, vnNumber(c.totalHouseholds)]] : []),
      ];
      w.table(
        [t.indicator, 'Số hộ'],
        rows.map((cells) => ({ cells })),
        [140, 30],
      );
      if (d.decision) w.text(`Quyết định công nhận: số ${d.decision.number} ngày ${vnDate(d.decision.date)}`);
    },
  },
  landUse: {
    details(w, d) {
      w.text(`${landUseKinds[d.planKind]}, kỳ ${d.period}`);
      w.text(`Phê duyệt: ${d.decision.number} ngày ${vnDate(d.decision.date)} của ${d.decision.issuer}`);
      if (d.projects.length) {
        w.heading(t.projects);
        w.table(
          [t.projects, t.projectArea, t.location],
          d.projects.map((p) => ({ cells: [p.name, p.areaHa.toLocaleString('vi-VN'), p.location] })),
          [95, 25, 50],
          ['left', 'right', 'left'],
        );
      }
    },
  },
  inspections: {
    details(w, d) {
      w.text(`${t.subject}: ${d.subject}`);
      w.text(`Kết luận số ${d.conclusion.number} ngày ${vnDate(d.conclusion.date)}`);
      w.heading(t.findings);
      for (const f of d.findings) w.text(`• ${f}`, { indent: 3 });
      if (d.recommendations.length) {
        w.heading(t.recommendations);
        for (const r of d.recommendations) w.text(`• ${r}`, { indent: 3 });
      }
    },
  },
  recruitment: {
    details(w, d) {
      w.heading(t.positions);
      w.table(
        ['Vị trí, yêu cầu', t.positionCount],
        d.positions.map((p) => ({ cells: [p.requirements ? `${p.title}. ${p.requirements}` : p.title, String(p.count)] })),
        [145, 25],
      );
      w.text(`Nhận hồ sơ từ ngày ${vnDate(d.applyFrom)} đến ngày ${vnDate(d.applyTo)} tại: ${d.applyAt}`);
    },
  },
  antiCorruption: {
    details(w, d) {
      w.heading(`Kết quả ${d.period.replace(/^Năm /, 'năm ')}`);
      w.table(
        [t.indicator, t.results],
        d.results.map((r) => ({ cells: [r.indicator, r.value] })),
        [110, 60],
        ['left', 'left'],
      );
    },
  },
  // A notice is its summary and its text: nothing of its own between them.
  notices: { details() {} },
};

function render<Kind extends DisclosureKind>(kind: Kind, entry: CheckedEntry<Kind>, attachmentTitle: string): Buffer {
  const { folder, label } = disclosureKinds[kind];
  const sheet = sheets[kind];
  const d = entry.data;
  const w = new Writer(`${folder}/${entry.id}`, d.title);
  w.text('DỮ LIỆU MẪU – không phải văn bản thật', { size: 13, color: [170, 20, 20], gap: 3 });
  w.text(issuerName(d.issuingAuthority, d.area), { size: 10, color: [70, 70, 70] });
  w.text(`${sheet.heading ?? label} — địa bàn: ${areaName(d.area)}`, { size: 9.5, color: [70, 70, 70], gap: 3 });
  w.text(d.title, { size: 14, gap: 2 });
  w.text(attachmentTitle, { size: 10, color: [70, 70, 70], gap: 3 });
  const number = sheet.number ? `Số: ${sheet.number(d)} — ` : '';
  w.text(`${number}${t.issuedOn}: ${vnDate(d.issuedOn)} — ${t.publishedOn}: ${vnDate(d.publishedOn)}`);
  if (d.postingPeriod) w.text(`${t.postingPeriod}: từ ngày ${vnDate(d.postingPeriod.from)} đến ngày ${vnDate(d.postingPeriod.to)}`);
  w.rule();
  w.text(d.summary, { size: 11, gap: 3 });
  sheet.details(w, d);
  const paragraphs = plainParagraphs(entry.body ?? '');
  if (paragraphs.length) {
    w.heading('Nội dung');
    for (const p of paragraphs) {
      for (const line of p.split('\n')) w.text(line, { indent: /^(• |\d+\. )/.test(line) ? 3 : 0, gap: 0.8 });
      w.y += 1.7;
    }
  }
  w.footer();
  return Buffer.from(w.doc.output('arraybuffer'));
}

let written = 0;
const expected = new Set<string>();
/** Writes the PDFs of a kind's sample records, in the order of their files. */
function writeSamples<Kind extends DisclosureKind>(kind: Kind) {
  const { folder } = disclosureKinds[kind];
  for (const entry of content[kind]) {
    if (!entry.data.sample) continue;
    for (const a of entry.data.attachments) {
      if (!a.file.endsWith('.pdf')) {
        console.warn(`bỏ qua ${a.file} (${folder}/${entry.id}.md): chỉ tạo được tệp PDF`);
        continue;
      }
      const out = path.join(filesDir, a.file);
      const pdf = render(kind, entry, a.title);
      if (pdf.length > MAX_BYTES) throw new Error(`${a.file}: ${pdf.length} byte, vượt ${MAX_BYTES}`);
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, pdf);
      expected.add(path.relative(filesDir, out));
      written++;
      console.log(`${path.relative(process.cwd(), out)} (${Math.round(pdf.length / 1024)} KB)`);
    }
  }
}
for (const kind of Object.keys(disclosureKinds) as DisclosureKind[]) writeSamples(kind);

// PDFs under files/ that no record lists any more are reported, not deleted: they may be real files.
const listAll = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? listAll(path.join(dir, e.name)) : [path.join(dir, e.name)],
      )
    : [];
for (const f of listAll(filesDir)) {
  const rel = path.relative(filesDir, f);
  if (rel.endsWith('.pdf') && !expected.has(rel)) console.warn(`chú ý: ${path.relative(process.cwd(), f)} không thuộc hồ sơ mẫu nào`);
}
console.log(`Đã tạo ${written} tệp PDF mẫu.`);
