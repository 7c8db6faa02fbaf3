/**
 * The files that name a plan's tasks: progress files in content/plan-progress/ ("task: 1-07") and
 * obligations in content/obligations/ ("planTasks: [19-kh-ubnd-2023/1-07]"). Reads them, and rewrites them
 * to follow a re-import, changing only the task ids in them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isScalar, isSeq, parseDocument, type Scalar } from 'yaml';
import { listFiles } from '../content/read.ts';
import type { Repoint, TaskReference } from './reimport.ts';

const YAML = /\.ya?ml$/;

/** Every progress file and obligation of `contentDir` that names a task or milestone of `planId`. */
export function readTaskReferences(contentDir: string, planId: string): TaskReference[] {
  const found: TaskReference[] = [];
  for (const file of listFiles(path.join(contentDir, 'plan-progress'), YAML)) {
    const data = parseDocument(readFileSync(file, 'utf8')).toJS() as { plan?: unknown; task?: unknown } | null;
    if (data?.plan === planId && typeof data.task === 'string') found.push({ file, kind: 'tiến độ', id: data.task });
  }
  for (const file of listFiles(path.join(contentDir, 'obligations'), YAML)) {
    const data = parseDocument(readFileSync(file, 'utf8')).toJS() as { planTasks?: unknown } | null;
    const refs = Array.isArray(data?.planTasks) ? data.planTasks : [];
    for (const ref of refs)
      if (typeof ref === 'string' && ref.startsWith(`${planId}/`)) found.push({ file, kind: 'nghĩa vụ', id: ref.slice(planId.length + 1) });
  }
  return found;
}

/**
 * Replaces scalars in place, by their position in the text, so everything else (comments, flow or block
 * style, spacing inside brackets, quotes) stays exactly as the editor or the editing UI wrote it.
 */
function replaceScalars(text: string, edits: { node: Scalar; value: string }[]): string {
  let out = text;
  for (const { node, value } of [...edits].sort((a, b) => b.node.range![0] - a.node.range![0])) {
    const [start, end] = node.range!;
    const quote = /^["']/.exec(out.slice(start, end))?.[0] ?? '';
    out = out.slice(0, start) + quote + value + quote + out.slice(end);
  }
  return out;
}

/** A progress file's text with its task set to `to`. */
export function repointProgressText(text: string, to: string): string {
  const node = parseDocument(text).get('task', true);
  if (!isScalar(node) || !node.range) throw new Error('tệp tiến độ không có trường task');
  return replaceScalars(text, [{ node, value: to }]);
}

/** An obligation's text with each of its references to `planId` sent through `moves` (all at once, so swaps work). */
export function repointObligationText(text: string, planId: string, moves: ReadonlyMap<string, string>): string {
  const list = parseDocument(text).get('planTasks', true);
  const edits: { node: Scalar; value: string }[] = [];
  if (isSeq(list)) {
    for (const item of list.items) {
      if (!isScalar(item) || !item.range || typeof item.value !== 'string' || !item.value.startsWith(`${planId}/`)) continue;
      const to = moves.get(item.value.slice(planId.length + 1));
      if (to !== undefined) edits.push({ node: item, value: `${planId}/${to}` });
    }
  }
  return replaceScalars(text, edits);
}

export interface FileChanges {
  /** New text per path, written after `remove`. */
  write: Map<string, string>;
  /** Paths of progress files renamed to follow their task. */
  remove: string[];
  /** One line per change, for the report. */
  lines: string[];
  /** Renames that would overwrite a file the import does not move. */
  problems: string[];
}

/**
 * The file changes re-pointing needs. A progress file named "<plan>--<task>.yaml" (the convention of
 * `npm run new`) is renamed with its task, so its name keeps saying which task it is about.
 */
export function repointChanges(
  planId: string,
  repoints: Repoint[],
  read: (file: string) => string,
  exists: (file: string) => boolean,
): FileChanges {
  const changes: FileChanges = { write: new Map(), remove: [], lines: [], problems: [] };
  const progress = repoints.filter((r) => r.kind === 'tiến độ');
  const moved = new Set(progress.map((r) => r.file));
  for (const r of progress) {
    const conventional = path.basename(r.file).replace(YAML, '') === `${planId}--${r.from}`;
    const target = conventional ? path.join(path.dirname(r.file), `${planId}--${r.to}${path.extname(r.file)}`) : r.file;
    if (target !== r.file && exists(target) && !moved.has(target)) {
      changes.problems.push(`Không đổi được tên ${r.file} thành ${target}: tệp ấy đã có. Gộp hai tệp bằng tay rồi chạy lại.`);
      continue;
    }
    if (target !== r.file) changes.remove.push(r.file);
    changes.write.set(target, repointProgressText(read(r.file), r.to));
    changes.lines.push(`${r.file} → ${target}: nhiệm vụ ${r.from} → ${r.to} (${r.reason})`);
  }
  const obligations = new Map<string, Repoint[]>();
  for (const r of repoints.filter((x) => x.kind === 'nghĩa vụ')) obligations.set(r.file, [...(obligations.get(r.file) ?? []), r]);
  for (const [file, rs] of obligations) {
    changes.write.set(file, repointObligationText(read(file), planId, new Map(rs.map((r) => [r.from, r.to]))));
    for (const r of rs) changes.lines.push(`${file}: ${planId}/${r.from} → ${planId}/${r.to} (${r.reason})`);
  }
  // A file both removed (renamed away) and written (another file renamed onto it) stays.
  changes.remove = changes.remove.filter((f) => !changes.write.has(f));
  return changes;
}
