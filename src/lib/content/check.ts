/**
 * Checks every content file at once and reports every problem, not only the first: schema errors,
 * references to entries that do not exist, duplicate ids and values that must be unique, files under
 * content/ that the site would not read (wrong extension, unknown folder, symlink, not UTF-8), leftover
 * placeholders and personal data. Each kind is one pass of the table `checkPasses`, run in its order.
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
  /** The files as read, kept so a later pass (the production check) finds lines without reading them again. */
  raw: CheckContext['raw'];
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

/** What the passes read: the files as read, and the entries the schema pass found valid. */
export interface CheckContext {
  /** The content folder. */
  root: string;
  /** The build day: what is published on it. */
  today: string;
  /** Every file of every collection as read, those with syntax errors included. */
  raw: Record<CollectionName, RawEntry[]>;
  /** The entries valid against their collection's schema: empty until the schema pass fills it. */
  content: CheckedContent;
}

export interface CheckPass {
  name: string;
  run: (ctx: CheckContext) => Problem[];
}

/**
 * The passes of the check, in order. A pass after "schema" reads the valid entries that pass collects, so it
 * must stay after it; the report is sorted by file and line, and within one line it keeps this order.
 */
export const checkPasses: readonly CheckPass[] = [
  // Files and folders under content/ that the site would not read: wrong extension, unknown folder, symlink, not UTF-8.
  { name: 'layout', run: layoutProblems },
  // A single-file collection (locality.yaml) whose file is missing.
  { name: 'missing-files', run: missingFileProblems },
  // YAML or front matter that could not be read.
  { name: 'syntax', run: syntaxProblems },
  // Two files of one collection with the same id (file name), in different folders.
  { name: 'duplicate-ids', run: duplicateIdProblems },
  // The first readable file with each id against its collection's schema; the valid entries go to ctx.content.
  { name: 'schema', run: schemaProblems },
  // Values that must be unique within a collection (a unit's name, a document's number).
  { name: 'unique-values', run: uniqueValueProblems },
  // References to entries that do not exist, on every readable file, valid or not.
  { name: 'references', run: referenceProblems },
  // A published record pointing at a draft or at one not published yet.
  { name: 'published-references', run: publishedReferenceProblems },
  // A published record that still has the placeholders of `npm run new`.
  { name: 'placeholders', run: placeholderProblems },
  // The rules of lib/content/rules.ts, which compare fields or entries.
  { name: 'rules', run: ruleProblems },
  // Personal data (lib/pii.ts) in any string or body of any readable file.
  { name: 'personal-data', run: personalDataProblems },
];

export function checkContent(contentRoot: string, today = buildDate()): CheckResult {
  const ctx = readContent(contentRoot, today);
  const problems = checkPasses.flatMap((pass) => pass.run(ctx));
  problems.sort(compareProblems);
  return { problems, content: ctx.content, raw: ctx.raw };
}

/** The report's order: by file, then line; a sort keeps the passes' order within one line. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1;
}

/** Reads every collection's files, once, for all the passes. */
export function readContent(root: string, today: string): CheckContext {
  const raw = Object.fromEntries(names.map((n) => [n, readCollectionFiles(root, defs[n].source)])) as Record<CollectionName, RawEntry[]>;
  const content = Object.fromEntries(names.map((n): [CollectionName, CheckedEntry[]] => [n, []])) as CheckedContent;
  return { root, today, raw, content };
}

function layoutProblems(ctx: CheckContext): Problem[] {
  return contentLayoutProblems(ctx.root, contentLayout).map((found) => ({ file: found.file, line: 1, field: '', message: found.message }));
}

function missingFileProblems(ctx: CheckContext): Problem[] {
  return names.flatMap((name) => {
    const source = defs[name].source;
    if (!('file' in source) || ctx.raw[name].length > 0) return [];
    return [{ file: path.join(path.relative(process.cwd(), ctx.root) || '.', source.file), line: 1, field: '', message: `thiếu tệp ${defs[name].label}` }];
  });
}

function syntaxProblems(ctx: CheckContext): Problem[] {
  return names.flatMap((name) => ctx.raw[name].flatMap((entry) => entry.syntaxErrors.map((err) => ({ file: entry.file, line: err.line, field: '', message: err.message }))));
}

function duplicateIdProblems(ctx: CheckContext): Problem[] {
  return names.flatMap((name) =>
    byId(ctx.raw[name]).duplicates.map(({ entry, first }) => ({
      file: entry.file,
      line: 1,
      field: 'id',
      message: `mã "${entry.id}" trùng với tệp ${first.file}; mỗi ${defs[name].label} cần một tên tệp khác nhau`,
    })),
  );
}

function schemaProblems(ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const name of names) {
    const def = defs[name];
    const valid: CheckedEntry[] = ctx.content[name];
    for (const entry of byId(ctx.raw[name]).firsts) {
      const parsed = def.schema.safeParse(entry.data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          // An unknown field is reported at its own line, not at the start of the file.
          const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
          problems.push({ file: entry.file, line: entry.lineOf(at), field: fieldLabel(def.schema, issue.path), message: issue.message });
        }
        continue;
      }
      valid.push({
        id: entry.id,
        file: entry.file,
        // The collection's own schema produced it (defs only forgets which schema that was).
        data: parsed.data as CollectionData[CollectionName],
        ...(entry.body !== undefined ? { body: entry.body } : {}),
      });
    }
  }
  return problems;
}

function uniqueValueProblems(ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const name of names) {
    const def = defs[name];
    for (const field of def.unique) {
      const seen = new Map<string, CheckedEntry>();
      for (const entry of ctx.content[name]) {
        const key = uniqueKey(fieldOf(entry.data, field));
        if (key === undefined) continue;
        const first = seen.get(key);
        if (first) {
          problems.push({
            file: entry.file,
            line: rawEntryOf(ctx, name, entry)?.lineOf([field]) ?? 1,
            field: fieldLabel(def.schema, [field]),
            message: `giá trị "${key}" trùng với ${first.file}`,
          });
        } else seen.set(key, entry);
      }
    }
  }
  return problems;
}

// References are checked once every collection is read, so their order in the folder does not matter.
// An entry with a schema error still exists as a target: its own error is reported once, at its file.
function referenceProblems(ctx: CheckContext): Problem[] {
  const ids = Object.fromEntries(names.map((n) => [n, new Set(readable(ctx.raw[n]).map((e) => e.id))])) as Record<CollectionName, Set<string>>;
  const problems: Problem[] = [];
  for (const name of names) {
    const def = defs[name];
    for (const rawEntry of readable(ctx.raw[name])) {
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
  }
  return problems;
}

// A published record must not point at one that is not published yet: its link would lead nowhere.
function publishedReferenceProblems(ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const name of names) {
    const def = defs[name];
    for (const entry of published(ctx, name)) {
      for (const rule of def.refs) {
        for (const { value: v, path: fieldPath } of valuesAt(entry.data, rule.field.split('.'))) {
          if (typeof v !== 'string') continue;
          const target: CheckedEntry | undefined = ctx.content[rule.to].find((t) => t.id === v);
          if (target && !isPublished(target.data as Publishable, ctx.today)) {
            problems.push({
              file: entry.file,
              line: rawEntryOf(ctx, name, entry)?.lineOf(fieldPath) ?? 1,
              field: fieldLabel(def.schema, fieldPath),
              message: `${defs[rule.to].label} "${v}" là bản nháp hoặc chưa đến ngày công bố`,
            });
          }
        }
      }
    }
  }
  return problems;
}

// A record made by `npm run new` and published with a "[…]" placeholder still in it would show the
// placeholder to citizens; drafts may keep them while they are being written.
function placeholderProblems(ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const name of names) {
    for (const entry of published(ctx, name)) {
      const rawEntry = rawEntryOf(ctx, name, entry);
      for (const { path: at, text } of textsOf(entry)) {
        if (!isScaffoldPlaceholder(text)) continue;
        const inBody = at[0] === 'body';
        problems.push({
          file: entry.file,
          line: inBody ? (rawEntry?.bodyLine ?? 1) + (text.match(/^\s*/)![0].match(/\n/g)?.length ?? 0) : (rawEntry?.lineOf(at) ?? 1),
          field: inBody ? 'nội dung' : fieldLabel(defs[name].schema, at),
          message: `còn chữ mẫu "${text.trim()}" chưa thay; điền nội dung thật, hoặc giữ "draft: true" nếu chưa muốn công bố`,
        });
      }
    }
  }
  return problems;
}

function ruleProblems(ctx: CheckContext): Problem[] {
  return names.flatMap((name) =>
    ctx.content[name].flatMap((entry: CheckedEntry) =>
      applyRules(name, entry, ctx.content, { root: ctx.root }).map((found) => ({
        file: entry.file,
        line: rawEntryOf(ctx, name, entry)?.lineOf(found.path) ?? 1,
        field: fieldLabel(defs[name].schema, found.path),
        message: found.message,
      })),
    ),
  );
}

// Every string and the body of every record, those that name people included; the locality's published
// contacts are not personal.
function personalDataProblems(ctx: CheckContext): Problem[] {
  const { raw } = ctx;
  const contacts = publicContactsOf({
    locality: raw.locality.map((r) => r.data),
    units: raw.units.map((r) => r.data),
    contacts: raw.contacts.map((r) => r.data),
    receptions: raw.receptions.map((r) => r.data),
  });
  const problems: Problem[] = [];
  for (const name of names) {
    for (const rawEntry of readable(raw[name])) {
      for (const { path: at, text } of textsOf(rawEntry)) {
        for (const match of findPii(text, contacts)) {
          const inBody = at[0] === 'body';
          const bodyLine = (rawEntry.bodyLine ?? 1) + (text.slice(0, Math.max(0, text.indexOf(match.text))).match(/\n/g)?.length ?? 0);
          problems.push({
            file: rawEntry.file,
            line: inBody ? bodyLine : rawEntry.lineOf(at),
            field: inBody ? 'nội dung' : fieldLabel(defs[name].schema, at),
            message: piiMessage(match),
          });
        }
      }
    }
  }
  return problems;
}

/** The files that could be read (no syntax error). */
function readable(entries: RawEntry[]): RawEntry[] {
  return entries.filter((e) => e.syntaxErrors.length === 0);
}

/** The readable files of a collection: the first with each id, which the schema checks, and the later ones, which are duplicates. */
function byId(entries: RawEntry[]): { firsts: RawEntry[]; duplicates: { entry: RawEntry; first: RawEntry }[] } {
  const firstById = new Map<string, RawEntry>();
  const firsts: RawEntry[] = [];
  const duplicates: { entry: RawEntry; first: RawEntry }[] = [];
  for (const entry of readable(entries)) {
    const first = firstById.get(entry.id);
    if (first) duplicates.push({ entry, first });
    else {
      firstById.set(entry.id, entry);
      firsts.push(entry);
    }
  }
  return { firsts, duplicates };
}

/** The file a valid entry was read from, for line numbers. */
function rawEntryOf(ctx: CheckContext, name: CollectionName, entry: CheckedEntry): RawEntry | undefined {
  return ctx.raw[name].find((r) => r.file === entry.file);
}

/** The valid entries of a collection that are public on the build day. */
function published(ctx: CheckContext, name: CollectionName): CheckedEntry[] {
  return ctx.content[name].filter((e: CheckedEntry) => isPublished(e.data as Publishable, ctx.today));
}

/** Every string of an entry's fields, then its body. */
function textsOf(entry: { data: object; body?: string | undefined }): { path: (string | number)[]; text: string }[] {
  return [...stringsIn(entry.data), ...(entry.body ? [{ path: ['body'], text: entry.body }] : [])];
}

/** A unique field's value as the text compared and shown in the message; undefined when the field is empty. */
function uniqueKey(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  // The unique fields are text, numbers (a year) or flags; anything else is compared by its JSON.
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
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
    return isList(data) ? data.map((value, i) => ({ value, path: [...prefix, i] })) : data === undefined ? [] : [{ value: data, path: prefix }];
  }
  const [head, ...rest] = path;
  if (head === '*') {
    return isList(data) ? data.flatMap((el, i) => valuesAt(el, rest, [...prefix, i])) : [];
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  return valuesAt((data as Record<string, unknown>)[head!], rest, [...prefix, head!]);
}

/** Array.isArray, whose elements are unknown rather than any. */
function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
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
