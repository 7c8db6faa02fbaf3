/**
 * CSV files as a spreadsheet would open them: every cell that would start a formula (OWASP's CSV injection
 * rule: =, +, -, @, tab, carriage return) unless it is neutralised by a leading single quote.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/**
 * The CSV files the site writes into a built dist/. Files under /tep/ are the office's own attachments,
 * copied as they were received, not written by the site.
 */
export function writtenCsvFiles(dist: string): string[] {
  return walk(dist).filter((f) => f.endsWith('.csv') && !path.relative(dist, f).startsWith(`tep${path.sep}`));
}

/** "file row:column «cell»" for every cell a spreadsheet would run as a formula. */
export function formulaCells(file: string): string[] {
  // Without `columns`, csv-parse's own overload types the rows as string[][].
  const rows = parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { relax_column_count: true });
  return rows.flatMap((row, r) =>
    row.flatMap((cell, c) =>
      /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) ? [`${path.basename(file)} ${r + 1}:${c + 1} «${cell}»`] : [],
    ),
  );
}
