/**
 * What the importer did to the source, line by line, so nothing is repaired or dropped silently.
 */
export interface Repair {
  line: number;
  rule: string;
  message: string;
}

export interface ImportReport {
  /** Changes made by an explicit rule. */
  repairs: Repair[];
  /** Lines left out on purpose (repeated headers, stray lines), with the rule. */
  skipped: { line: number; rule: string; text: string }[];
  /** Names in unit cells that match no unit in the list (kept as written, not linked). */
  unmatchedUnits: { line: number; column: string; text: string }[];
  /** Source text not found in the output: any entry makes the import fail. */
  lost: { line: number; text: string }[];
  /**
   * Annex rows and body paragraphs written twice: almost always an export error, so any entry makes the
   * import fail. `line` is the copy, `firstLine` the first occurrence.
   */
  duplicates: { line: number; firstLine: number; kind: 'hàng phụ lục' | 'đoạn văn'; text: string }[];
}

export function emptyReport(): ImportReport {
  return { repairs: [], skipped: [], unmatchedUnits: [], lost: [], duplicates: [] };
}

/** An input the importer cannot read; `line` is 1-based in the source file. */
export class PlanImportError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`dòng ${line}: ${message}`);
    this.name = 'PlanImportError';
    this.line = line;
  }
}

export function formatReport(report: ImportReport, file: string): string {
  const out: string[] = [];
  const byRule = new Map<string, Repair[]>();
  for (const r of report.repairs) byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r]);
  out.push(`Sửa theo quy tắc: ${report.repairs.length}`);
  for (const [rule, items] of byRule) {
    out.push(`  ${rule} (${items.length}):`);
    for (const r of items) out.push(`    ${file}:${r.line} ${r.message}`);
  }
  out.push(`Bỏ qua theo quy tắc: ${report.skipped.length}`);
  for (const s of report.skipped) out.push(`  ${file}:${s.line} ${s.rule}: "${s.text.slice(0, 60)}"`);
  out.push(`Tên đơn vị không khớp danh sách (giữ nguyên văn, không liên kết): ${report.unmatchedUnits.length}`);
  for (const u of report.unmatchedUnits) out.push(`  ${file}:${u.line} ${u.column}: "${u.text}"`);
  out.push(`Văn bản bị mất: ${report.lost.length}`);
  for (const l of report.lost) out.push(`  ${file}:${l.line} "${l.text.slice(0, 80)}"`);
  out.push(`Hàng hoặc đoạn văn lặp lại: ${report.duplicates.length}`);
  for (const d of report.duplicates) out.push(`  ${formatDuplicate(d, file)}`);
  return out.join('\n');
}

/** "seeds/x.txt:166 hàng phụ lục lặp lại dòng 165: "…"". */
export function formatDuplicate(d: ImportReport['duplicates'][number], file: string): string {
  return `${file}:${d.line} ${d.kind} lặp lại dòng ${d.firstLine}: "${d.text.slice(0, 60)}${d.text.length > 60 ? '…' : ''}"`;
}
