/**
 * The production check: what a build for the public (`npm run build -- --production`) refuses to publish.
 * On top of every problem of the content check (its placeholder pass already refuses the "[…]" left by
 * `npm run new` in a published record), a published record must hold no sample data (`sample: true`) and
 * no fact that was not checked against its source (`verified: false`, on the record or on any object in it:
 * a fee, a legal basis, a fact check…). Drafts and records not yet due are not published, so not checked.
 * Used by `npm run build -- --production` and `npm run check -- --production`.
 */
import { collectionDefs, type CollectionDef, type CollectionName } from '../../collections.ts';
import { isPublished, type Publishable } from '../publication.ts';
import { compareProblems, formatProblem, type CheckContext, type CheckPass, type CheckedEntry, type Problem } from './check.ts';
import { checkedContent } from './checked.ts';
import { fieldLabel } from './labels.ts';

/** Something in a record that is not real: sample data, or a fact not checked against its source. */
export interface NotReal {
  kind: 'sample' | 'unverified';
  /** Path of the `sample` or `verified` field. */
  path: (string | number)[];
  /** What the object is called (a fee's name, a legal basis's number), for the editor to find it; empty for the record itself. */
  subject: string;
}

/** Fields that name an object, in the order tried: the first that is a non-empty text names it. */
const NAMING_FIELDS = ['name', 'number', 'title', 'label'];

/**
 * Every `sample: true` and `verified: false` in a record's data, at any depth, record level first, then
 * in the order of the fields. Generic on purpose: a new kind of checked fact needs no change here.
 */
export function notRealIn(data: unknown, at: (string | number)[] = []): NotReal[] {
  if (Array.isArray(data)) return data.flatMap((element: unknown, i) => notRealIn(element, [...at, i]));
  if (data === null || typeof data !== 'object') return [];
  const fields = data as Record<string, unknown>;
  const subject = at.length === 0 ? '' : nameOf(fields);
  const found: NotReal[] = [];
  if (fields['sample'] === true) found.push({ kind: 'sample', path: [...at, 'sample'], subject });
  if (fields['verified'] === false) found.push({ kind: 'unverified', path: [...at, 'verified'], subject });
  for (const [key, value] of Object.entries(fields)) found.push(...notRealIn(value, [...at, key]));
  return found;
}

function nameOf(fields: Record<string, unknown>): string {
  for (const key of NAMING_FIELDS) {
    const value = fields[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return '';
}

/** The message for one finding; `hasDrafts` when the collection can hold a record back with `draft: true`. */
export function notRealMessage(found: NotReal, hasDrafts: boolean): string {
  const whole = found.path.length === 1;
  const what = whole ? '' : found.subject ? `mục "${found.subject}" ` : 'mục này ';
  // A record can be held back as a draft; an object in a record can only be checked or taken out.
  const orElse = whole ? (hasDrafts ? ', hoặc đặt "draft: true" để chưa công bố' : '') : ', hoặc bỏ mục này';
  return found.kind === 'sample'
    ? `${what}là dữ liệu mẫu: thay bằng dữ liệu thật rồi xóa "sample: true"${orElse}`
    : `${what}chưa được đối chiếu với văn bản nguồn: đối chiếu rồi ghi "verified: true"${orElse}`;
}

const names = Object.keys(collectionDefs) as CollectionName[];
const defs: Record<CollectionName, CollectionDef> = collectionDefs;

/** Each finding of one kind in the valid published entries, as problems at their file and line. */
function notRealProblems(ctx: CheckContext, kind: NotReal['kind']): Problem[] {
  const problems: Problem[] = [];
  for (const name of names) {
    const def = defs[name];
    for (const entry of ctx.content[name] as CheckedEntry[]) {
      if (!isPublished(entry.data as Publishable, ctx.today)) continue;
      const rawEntry = ctx.raw[name].find((r) => r.file === entry.file);
      for (const found of notRealIn(entry.data)) {
        if (found.kind !== kind) continue;
        problems.push({
          file: entry.file,
          // A `verified` left out and false by default is reported at the line of the object it belongs to.
          line: rawEntry?.lineOf(found.path) ?? 1,
          field: fieldLabel(def.schema, found.path),
          // The schema gives `draft` (false by default) to every record of a collection that has drafts.
          message: notRealMessage(found, 'draft' in entry.data),
        });
      }
    }
  }
  return problems;
}

/** The passes the production check adds to the content check's, run on the same context after them. */
export const productionPasses: readonly CheckPass[] = [
  // A published record, or an object in it, marked `sample: true`.
  { name: 'sample', run: (ctx) => notRealProblems(ctx, 'sample') },
  // A published record, or an object in it, with `verified: false`.
  { name: 'unverified', run: (ctx) => notRealProblems(ctx, 'unverified') },
];

/** The problems of the production passes alone, on a context the content check has filled. */
export function productionProblems(ctx: CheckContext): Problem[] {
  return productionPasses.flatMap((pass) => pass.run(ctx)).sort(compareProblems);
}

/**
 * Everything that stops a production build: the content check's problems (through the result the build
 * gate shares, so the content is read and validated once per build, lines included), then the production passes'.
 */
export function checkForProduction(contentRoot: string, today: string): Problem[] {
  const { problems, content, raw } = checkedContent(contentRoot, today);
  const ctx: CheckContext = { root: contentRoot, today, raw, content };
  return [...problems, ...productionProblems(ctx)].sort(compareProblems);
}

export function formatProductionReport(problems: Problem[]): string {
  if (problems.length === 0) return 'Nội dung sẵn sàng cho bản chính thức: không có dữ liệu mẫu, thông tin chưa đối chiếu hay chữ mẫu nào.';
  const files = new Set(problems.map((p) => p.file)).size;
  return [
    `Chưa thể dựng bản chính thức: có ${problems.length} điểm trong ${files} tệp nội dung là dữ liệu mẫu, thông tin chưa đối chiếu hoặc lỗi:`,
    ...problems.map((p) => `  ${formatProblem(p)}`),
  ].join('\n');
}
