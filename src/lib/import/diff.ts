/**
 * What an import changes in a record, as a list an editor can read ("thêm", "sửa" old → new, "xóa"), and
 * the same list applied to the YAML document of the file, so that everything the import does not change
 * keeps its bytes: comments, quoting, the one-line { … } style of a list, the order of fields.
 *
 * Lists of things with an identity (sessions, people) are matched by key, not by position, so a new item
 * in the sheet is an addition and never overwrites the item that happened to stand at that place.
 */
import { Document, isMap, isScalar, isSeq, visit, type Node } from 'yaml';

export type DataPath = (string | number)[];

export interface Change {
  op: 'add' | 'change' | 'remove';
  /**
   * Where, in the old data: for a field, the field's path; for an item added to a list, the list's path;
   * for an item removed from a list, the item's path (with its old position).
   */
  path: DataPath;
  /** The place in words: "Buổi tiếp 04/12/2026 14:00 › Địa điểm". */
  what: string;
  from?: unknown;
  to?: unknown;
  /** A list item rather than a field. */
  item?: boolean;
  /** Follows from the other changes (the "updated" date): does not by itself replace anything. */
  bookkeeping?: boolean;
}

export interface KeyedList {
  /** The identity of an item: two items with the same key are the same session, the same person. */
  key(item: Record<string, unknown>): string;
  /** The item in words, for the diff: "Buổi tiếp 04/12/2026 14:00". */
  label(item: Record<string, unknown>): string;
}

export interface DiffSpec {
  /** The Vietnamese name of the field at a path: ['official', 'phone'] → "Điện thoại cơ quan". */
  label(fieldPath: DataPath): string;
  /** Lists matched by key, by field name. */
  keyed: Record<string, KeyedList>;
  /** Fields whose change only records that something else changed. */
  bookkeeping?: string[];
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every difference between the data in the file and the data the import would write. */
export function diffData(old: Plain | undefined, next: Plain, spec: DiffSpec): Change[] {
  const changes: Change[] = [];
  const join = (what: string[]) => what.filter(Boolean).join(' › ');

  const walk = (a: unknown, b: unknown, at: DataPath, fields: string[], what: string[]) => {
    const field = fields.at(-1) ?? '';
    const bookkeeping = fields.length === 1 && (spec.bookkeeping ?? []).includes(field);
    if (isPlain(a) && isPlain(b)) {
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
        const label = spec.label([...at, k]);
        if (!(k in b)) changes.push({ op: 'remove', path: [...at, k], what: join([...what, label]), from: a[k] });
        else if (!(k in a)) {
          if (Array.isArray(b[k]) && spec.keyed[k]) walk([], b[k], [...at, k], [...fields, k], [...what, label]);
          else changes.push({ op: 'add', path: [...at, k], what: join([...what, label]), to: b[k] });
        } else walk(a[k], b[k], [...at, k], [...fields, k], [...what, label]);
      }
      return;
    }
    if (Array.isArray(a) && Array.isArray(b) && (spec.keyed[field] || b.concat(a).every(isPlain))) {
      const keyed = spec.keyed[field];
      const keyOf = (item: unknown, i: number) => (keyed ? keyed.key(item as Plain) : String(i));
      const itemLabel = (item: unknown, i: number) => {
        if (keyed) return keyed.label(item as Plain);
        const named = (item as Plain)['title'] ?? (item as Plain)['name'];
        return `${what.at(-1) ?? ''} ${typeof named === 'string' ? `"${named}"` : i + 1}`.trim();
      };
      const parent = what.slice(0, -1);
      const oldIndex = new Map(a.map((item, i) => [keyOf(item, i), i]));
      const newKeys = new Set(b.map(keyOf));
      b.forEach((item, i) => {
        const j = oldIndex.get(keyOf(item, i));
        if (j === undefined) changes.push({ op: 'add', path: at, what: join([...parent, itemLabel(item, i)]), to: item, item: true });
        else walk(a[j], item, [...at, j], fields, [...parent, itemLabel(item, i)]);
      });
      a.forEach((item, j) => {
        if (!newKeys.has(keyOf(item, j)))
          changes.push({ op: 'remove', path: [...at, j], what: join([...parent, itemLabel(item, j)]), from: item, item: true });
      });
      return;
    }
    if (!same(a, b)) changes.push({ op: 'change', path: at, what: join(what), from: a, to: b, ...(bookkeeping ? { bookkeeping } : {}) });
  };

  walk(old ?? {}, next, [], [], []);
  return changes;
}

/**
 * Times are quoted as in the hand-written files: '07:30' unquoted is a number of minutes to a YAML 1.1
 * reader (the editing UI's, older tools), and a string only to YAML 1.2.
 */
function quoteTimes(node: Node): Node {
  visit(node, {
    Scalar(_key, scalar) {
      if (typeof scalar.value === 'string' && /^\d{1,2}:\d{2}$/.test(scalar.value)) scalar.type = 'QUOTE_SINGLE';
    },
  });
  return node;
}

/** The YAML text of a new file, written the way the hand-written files are. */
export function newFileYaml(data: Plain): string {
  const doc = new Document(data);
  if (doc.contents) quoteTimes(doc.contents);
  return doc.toString({ lineWidth: 0 });
}

/** A change that replaces or removes something already in the file: it needs --replace. */
export const replaces = (c: Change) => c.op !== 'add' && !c.bookkeeping;

/**
 * Applies the changes to the file's YAML document in place. Changed values keep their quoting; added
 * list items take the one-line style of their neighbours; items are removed last, from the end, so the
 * positions recorded in the changes stay right.
 */
export function applyChanges(doc: Document, changes: Change[]): void {
  const removals: DataPath[] = [];
  for (const c of changes) {
    if (c.op === 'remove') {
      removals.push(c.path);
      continue;
    }
    if (c.op === 'add' && c.item) {
      const seq = doc.getIn(c.path, true);
      if (isSeq(seq)) {
        const node = quoteTimes(doc.createNode(c.to));
        if (seq.items.length && seq.items.every((i) => isMap(i) && i.flow) && isMap(node)) node.flow = true;
        seq.items.push(node);
      } else doc.setIn(c.path, quoteTimes(doc.createNode([c.to])));
      continue;
    }
    const node = doc.getIn(c.path, true);
    if (isScalar(node) && (c.to === null || typeof c.to !== 'object')) {
      node.value = c.to;
      quoteTimes(node);
    } else doc.setIn(c.path, quoteTimes(doc.createNode(c.to)));
  }
  // Deepest and last first: removing an item never shifts another that is still to be removed.
  removals.sort((p, q) => (p.length !== q.length ? q.length - p.length : Number(q.at(-1)) - Number(p.at(-1))));
  for (const p of removals) doc.deleteIn(p);
}

/** A value as the editor wrote it: dates as dd/mm/yyyy, lists joined, objects by their fields. */
export function formatValue(value: unknown, label: (path: DataPath) => string = (p) => String(p.at(-1)), at: DataPath = []): string {
  if (typeof value === 'string') return `"${/^\d{4}-\d{2}-\d{2}$/.test(value) ? value.split('-').reverse().join('/') : value}"`;
  if (Array.isArray(value))
    return value.every((v) => !isPlain(v)) ? `[${value.map((v) => formatValue(v, label, at)).join('; ')}]` : `${value.length} mục`;
  if (isPlain(value)) {
    return Object.entries(value)
      .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => `${label([...at, k])}: ${formatValue(v, label, [...at, k])}`)
      .join(', ');
  }
  return String(value);
}

/** The diff as lines: "  thêm  …", "  sửa   … : old → new", "  xóa   …". */
export function formatChanges(changes: Change[], label?: (path: DataPath) => string): string[] {
  return changes.map((c) => {
    if (c.op === 'add') return `  thêm  ${c.what}: ${formatValue(c.to, label, c.item ? [...c.path, 0] : c.path)}`;
    if (c.op === 'remove') return `  xóa  ${c.what}: ${formatValue(c.from, label, c.path)}`;
    return `  sửa  ${c.what}: ${formatValue(c.from, label, c.path)} → ${formatValue(c.to, label, c.path)}`;
  });
}
