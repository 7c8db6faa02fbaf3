/**
 * Reads content files the same way for the site and for the checker: UTF-8 only, text normalised to NFC, YAML 1.2
 * (dates stay text, so an impossible date cannot silently roll over), Markdown with a YAML front matter.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface RawEntry {
  /** File name without extension: the entry's id. */
  id: string;
  /** Path relative to the working directory, for messages. */
  file: string;
  data: Record<string, unknown>;
  /** Markdown body, for Markdown entries. */
  body?: string;
  /** Line of the file where the body starts. */
  bodyLine?: number;
  /** Finds the line (1-based) of a field, for messages. */
  lineOf: (fieldPath: ReadonlyArray<PropertyKey>) => number;
  /** Syntax problems that stopped the file from being read. */
  syntaxErrors: { line: number; message: string }[];
}

const YAML_EXT = /\.ya?ml$/;
const MD_EXT = /\.md$/;

export function listFiles(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names.sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) files.push(...listFiles(full, pattern));
    else if (pattern.test(name)) files.push(full);
  }
  return files;
}

function entryId(file: string): string {
  return path.basename(file).replace(/\.(ya?ml|md)$/, '');
}

function parseYaml(text: string, lineOffset: number) {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors = doc.errors.map((e) => ({
    line: lineCounter.linePos(e.pos[0]).line + lineOffset,
    message: yamlMessage(e.code, e.message),
  }));
  const data = syntaxErrors.length ? {} : ((doc.toJS() ?? {}) as Record<string, unknown>);
  const lineOf = (fieldPath: ReadonlyArray<PropertyKey>): number => {
    // Walk down as far as the path exists: a missing field is reported at the line of its parent.
    for (let n = fieldPath.length; n >= 0; n--) {
      const node = doc.getIn(fieldPath.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      const start = node?.range?.[0];
      if (start !== undefined) return lineCounter.linePos(start).line + lineOffset;
      if (n === 0) {
        const rootStart = (doc.contents as { range?: [number] } | null)?.range?.[0];
        return (rootStart !== undefined ? lineCounter.linePos(rootStart).line : 1) + lineOffset;
      }
    }
    return 1 + lineOffset;
  };
  if (!syntaxErrors.length && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    syntaxErrors.push({ line: 1 + lineOffset, message: 'tệp phải là một nhóm trường "tên: giá trị"' });
  }
  return { data, lineOf, syntaxErrors };
}

function yamlMessage(code: string, original: string): string {
  const first = original.split('\n')[0] ?? original;
  const byMessage: [RegExp, string][] = [
    [/Implicit map keys need to be followed by map values/, 'thiếu dấu ":" sau tên trường'],
    [/Missing closing "?quote/, 'thiếu dấu nháy đóng'],
    [/must be sufficiently indented and end with a \]/, 'danh sách trong [ ] chưa có dấu "]" đóng'],
    [/Nested mappings are not allowed in compact mappings/, 'có hai dấu ":" trên một dòng; hãy đặt giá trị trong dấu nháy'],
  ];
  const byCode: Record<string, string> = {
    DUPLICATE_KEY: 'một trường được khai báo hai lần',
    BAD_INDENT: 'thụt lề không đúng',
    TAB_AS_INDENT: 'dùng phím Tab để thụt lề; hãy dùng dấu cách',
    MULTILINE_IMPLICIT_KEY: 'tên trường không được xuống dòng',
  };
  const known = byMessage.find(([re]) => re.test(first))?.[1] ?? byCode[code];
  return `lỗi cú pháp YAML: ${known ?? first}`;
}

/**
 * Parsed files by absolute path, shared through globalThis: the content check (loaded with the Astro config)
 * and the collection loaders (loaded by Vite) are separate module instances but read the same files in
 * one build. A file is parsed again when its size or modification time changes.
 */
const parsed = ((globalThis as Record<symbol, unknown>)[Symbol.for('portal.content.parsed')] ??= new Map()) as Map<string, { key: string; entry: RawEntry }>;

/** Reads one YAML or Markdown file. */
export function readEntry(file: string, cwd = process.cwd()): RawEntry {
  const absolute = path.resolve(file);
  const stat = statSync(absolute);
  const key = `${stat.mtimeMs}:${stat.size}:${cwd}`;
  const known = parsed.get(absolute);
  if (known?.key === key) return known.entry;
  const entry = parseEntry(file, cwd);
  parsed.set(absolute, { key, entry });
  return entry;
}

/** Fails on the first byte that is not UTF-8, instead of replacing it (which would publish mojibake). */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const NOT_UTF8 =
  'tệp không được lưu bằng bảng mã UTF-8 (có thể là Windows-1258 hoặc Latin-1), nên chữ có dấu sẽ bị hỏng. ' +
  'Lưu lại tệp với bảng mã UTF-8: trong Notepad chọn File → Save As → Encoding: UTF-8';

/**
 * The file's text: UTF-8 only, a byte order mark dropped (the decoder drops it), and normalised to NFC
 * (decomposed text, as some Mac editors write it, would lose its accents in the search index).
 */
function decode(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: strictUtf8.decode(bytes).normalize('NFC') };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
    return { badLine: (before.match(/\n/g)?.length ?? 0) + 1 };
  }
}

function parseEntry(file: string, cwd: string): RawEntry {
  const rel = path.relative(cwd, file) || file;
  const id = entryId(file);
  const decoded = decode(readFileSync(file));
  if ('badLine' in decoded) {
    return { id, file: rel, data: {}, lineOf: () => 1, syntaxErrors: [{ line: decoded.badLine, message: NOT_UTF8 }] };
  }
  const { text } = decoded;
  if (MD_EXT.test(file)) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!m) {
      return {
        id,
        file: rel,
        data: {},
        body: text,
        lineOf: () => 1,
        syntaxErrors: [{ line: 1, message: 'thiếu phần thông tin đầu trang (khối "---" ở dòng đầu tiên)' }],
      };
    }
    const parsed = parseYaml(m[1] ?? '', 1);
    const bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1);
    return { id, file: rel, ...parsed, body: text.slice(m[0].length), bodyLine };
  }
  return { id, file: rel, ...parseYaml(text, 0) };
}

export function readCollectionFiles(
  contentRoot: string,
  source: { dir: string; format: 'yaml' | 'md' } | { file: string },
): RawEntry[] {
  if ('file' in source) {
    const file = path.join(contentRoot, source.file);
    try {
      statSync(file);
    } catch {
      return [];
    }
    return [readEntry(file)];
  }
  const pattern = source.format === 'md' ? MD_EXT : YAML_EXT;
  return listFiles(path.join(contentRoot, source.dir), pattern).map((f) => readEntry(f));
}
