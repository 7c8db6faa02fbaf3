/**
 * Checks every content file at once and reports every problem, not only the first: schema errors,
 * references to entries that do not exist, duplicate ids and values that must be unique, and files under
 * content/ that the site would not read (wrong extension, unknown folder, symlink, not UTF-8).
 * Used by `npm run check` and by the build, which stops before writing anything if a problem is found.
 */
import path from 'node:path';
import { collectionDefs, type CollectionData, type CollectionDef, type CollectionName } from '../../collections.ts';
import { fieldLabel } from './labels.ts';
import { readCollectionFiles, type RawEntry } from './read.ts';
import { applyRules } from './rules.ts';
import { findPii, piiMessage, publicContactsOf, stringsIn } from '../pii.ts';
import { isPublished, type Publishable } from '../publication.ts';
import { buildDate } from '../dates.ts';
import { isScaffoldPlaceholder } from './scaffold.ts';
import { contentLayoutProblems, type ContentLayout } from './files.ts';

export interface Problem {
  file: string;
  line: number;
  /** Label and path of the field, empty for problems with the whole file. */
  field: string;
  message: string;
}

/** A valid entry of collection `Name`, its data as the collection's schema outputs it. */
export interface CheckedEntry<Name extends CollectionName = CollectionName> {
  id: string;
  file: string;
  data: CollectionData[Name];
  body?: string;
}

export type CheckedContent = { [Name in CollectionName]: CheckedEntry<Name>[] };

export interface CheckResult {
  problems: Problem[];
  content: CheckedContent;
}

const names = Object.keys(collectionDefs) as CollectionName[];
/** The collections seen alike, for the passes that treat every collection the same way. */
const defs: Record<CollectionName, CollectionDef> = collectionDefs;

/** The folders and single files of content/, from the collections: anything else there is never read. */
const sources = names.map((n) => defs[n].source);
export const contentLayout: ContentLayout = {
  dirs: Object.fromEntries(sources.flatMap((s) => ('dir' in s ? [[s.dir, s.format]] : []))),
  files: sources.flatMap((s) => ('file' in s ? [s.file] : [])),
};

export function checkContent(contentRoot: string, today = buildDate()): CheckResult {
  const problems: Problem[] = [];
  const raw = {} as Record<CollectionName, RawEntry[]>;
  const content = {} as Record<CollectionName, CheckedEntry[]>;
  for (const found of contentLayoutProblems(contentRoot, contentLayout)) problems.push({ file: found.file, line: 1, field: '', message: found.message });

  for (const name of names) {
    const def = defs[name];
    const entries = readCollectionFiles(contentRoot, def.source);
    raw[name] = entries;
    content[name] = [];
    if ('file' in def.source && entries.length === 0) {
      problems.push({
        file: path.join(path.relative(process.cwd(), contentRoot) || '.', def.source.file),
        line: 1,
        field: '',
        message: `thiếu tệp ${def.label}`,
      });
    }

    const seenIds = new Map<string, string>();
    for (const entry of entries) {
      for (const err of entry.syntaxErrors) problems.push({ file: entry.file, line: err.line, field: '', message: err.message });
      if (entry.syntaxErrors.length) continue;

      const earlier = seenIds.get(entry.id);
      if (earlier) {
        problems.push({
          file: entry.file,
          line: 1,
          field: 'id',
          message: `mã "${entry.id}" trùng với tệp ${earlier}; mỗi ${def.label} cần một tên tệp khác nhau`,
        });
        continue;
      }
      seenIds.set(entry.id, entry.file);

      const parsed = def.schema.safeParse(entry.data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          // An unknown field is reported at its own line, not at the start of the file.
          const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
          problems.push({
            file: entry.file,
            line: entry.lineOf(at),
            field: fieldLabel(def.schema, issue.path),
            message: issue.message,
          });
        }
        continue;
      }
      content[name].push({
        id: entry.id,
        file: entry.file,
        // The collection's own schema produced it (defs only forgets which schema that was).
        data: parsed.data as CollectionData[typeof name],
        ...(entry.body !== undefined ? { body: entry.body } : {}),
      });
    }

    for (const field of def.unique) {
      const seen = new Map<string, CheckedEntry>();
      for (const entry of content[name]) {
        const value = fieldOf(entry.data, field);
        if (value === undefined || value === null) continue;
        const key = String(value);
        const first = seen.get(key);
        const rawEntry = raw[name].find((r) => r.file === entry.file);
        if (first) {
          problems.push({
            file: entry.file,
            line: rawEntry?.lineOf([field]) ?? 1,
            field: fieldLabel(def.schema, [field]),
            message: `giá trị "${key}" trùng với ${first.file}`,
          });
        } else seen.set(key, entry);
      }
    }
  }

  // Each entry was put under its own collection's name, by the schema of that collection.
  const checked = content as CheckedContent;

  // References are checked once every collection is read, so their order in the folder does not matter.
  // An entry with a schema error still exists as a target: its own error is reported once, at its file.
  const ids = Object.fromEntries(names.map((n) => [n, new Set(raw[n].filter((e) => !e.syntaxErrors.length).map((e) => e.id))])) as Record<
    CollectionName,
    Set<string>
  >;
  for (const name of names) {
    const def = defs[name];
    // References are checked on every readable file, valid or not, so all problems show at once.
    for (const rawEntry of raw[name].filter((r) => r.syntaxErrors.length === 0)) {
      for (const rule of def.refs) {
        for (const { value: v, path: fieldPath } of valuesAt(rawEntry.data, rule.field.split('.'))) {
          if (typeof v === 'string' && !ids[rule.to].has(v)) {
            problems.push({
              file: rawEntry.file,
              line: rawEntry.lineOf(fieldPath),
              field: fieldLabel(def.schema, fieldPath),
              message: `không có ${defs[rule.to].label} "${v}" (xem thư mục content/${folderOf(defs[rule.to])})`,
            });
          }
        }
      }
    }
    // A published record must not point at one that is not published yet: its link would lead nowhere.
    for (const entry of content[name].filter((e) => isPublished(e.data as Publishable, today))) {
      const rawEntry = raw[name].find((r) => r.file === entry.file);
      for (const rule of def.refs) {
        for (const { value: v, path: fieldPath } of valuesAt(entry.data, rule.field.split('.'))) {
          const target = typeof v === 'string' ? content[rule.to].find((t) => t.id === v) : undefined;
          if (target && !isPublished(target.data as Publishable, today)) {
            problems.push({
              file: entry.file,
              line: rawEntry?.lineOf(fieldPath) ?? 1,
              field: fieldLabel(def.schema, fieldPath),
              message: `${defs[rule.to].label} "${v}" là bản nháp hoặc chưa đến ngày công bố`,
            });
          }
        }
      }
      // A record made by `npm run new` and published with a "[…]" placeholder still in it would show the
      // placeholder to citizens; drafts may keep them while they are being written.
      const strings = [...stringsIn(entry.data), ...(entry.body ? [{ path: ['body'], text: entry.body }] : [])];
      for (const { path: at, text } of strings) {
        if (!isScaffoldPlaceholder(text)) continue;
        const inBody = at[0] === 'body';
        problems.push({
          file: entry.file,
          line: inBody ? (rawEntry?.bodyLine ?? 1) + (text.match(/^\s*/)![0].match(/\n/g)?.length ?? 0) : (rawEntry?.lineOf(at) ?? 1),
          field: inBody ? 'nội dung' : fieldLabel(def.schema, at),
          message: `còn chữ mẫu "${text.trim()}" chưa thay; điền nội dung thật, hoặc giữ "draft: true" nếu chưa muốn công bố`,
        });
      }
    }
    for (const entry of content[name]) {
      const rawEntry = raw[name].find((r) => r.file === entry.file);
      for (const found of applyRules(name, entry, checked, { root: contentRoot })) {
        problems.push({
          file: entry.file,
          line: rawEntry?.lineOf(found.path) ?? 1,
          field: fieldLabel(def.schema, found.path),
          message: found.message,
        });
      }
    }
  }

  // Personal data lint (lib/pii.ts): every string and the body of every record, those that name people
  // included; the locality's published contacts are not personal.
  const contacts = publicContactsOf({
    locality: raw.locality.map((r) => r.data),
    units: raw.units.map((r) => r.data),
    contacts: raw.contacts.map((r) => r.data),
    receptions: raw.receptions.map((r) => r.data),
  });
  for (const name of names) {
    for (const rawEntry of raw[name].filter((r) => r.syntaxErrors.length === 0)) {
      const strings = [...stringsIn(rawEntry.data), ...(rawEntry.body ? [{ path: ['body'], text: rawEntry.body }] : [])];
      for (const { path: at, text } of strings) {
        for (const match of findPii(text, contacts)) {
          const inBody = at[0] === 'body';
          const bodyLine = (rawEntry.bodyLine ?? 1) + (text.slice(0, Math.max(0, text.indexOf(match.text))).match(/\n/g)?.length ?? 0);
          problems.push({
            file: rawEntry.file,
            line: inBody ? bodyLine : rawEntry.lineOf(at),
            field: at[0] === 'body' ? 'nội dung' : fieldLabel(defs[name].schema, at),
            message: piiMessage(match),
          });
        }
      }
    }
  }

  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { problems, content: checked };
}

/** The folder of a collection under content/, empty for a single-file collection. */
function folderOf(def: CollectionDef): string {
  return 'dir' in def.source ? def.source.dir : '';
}

/** A field of an entry's data by name, for the checks that name fields as text (unique values). */
export function fieldOf(data: object, field: string): unknown {
  return Object.entries(data).find(([key]) => key === field)?.[1];
}

/**
 * The values at a dotted path where "*" means every element of a list; a list at the end of the path
 * yields its elements. Each value comes with its full path, for line numbers.
 */
export function valuesAt(data: unknown, path: string[], prefix: (string | number)[] = []): { value: unknown; path: (string | number)[] }[] {
  if (path.length === 0) {
    return Array.isArray(data) ? data.map((value, i) => ({ value, path: [...prefix, i] })) : data === undefined ? [] : [{ value: data, path: prefix }];
  }
  const [head, ...rest] = path;
  if (head === '*') {
    return Array.isArray(data) ? data.flatMap((el, i) => valuesAt(el, rest, [...prefix, i])) : [];
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  return valuesAt((data as Record<string, unknown>)[head!], rest, [...prefix, head!]);
}

/** "content/units/x.yaml:12 Trực thuộc (parent): không có đơn vị "abc"" */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line} ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

export function formatReport(problems: Problem[]): string {
  if (problems.length === 0) return 'Nội dung hợp lệ: không có lỗi nào.';
  const files = new Set(problems.map((p) => p.file)).size;
  return [
    `Có ${problems.length} lỗi trong ${files} tệp nội dung:`,
    ...problems.map((p) => `  ${formatProblem(p)}`),
  ].join('\n');
}
