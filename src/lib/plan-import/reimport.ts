/**
 * Whether a re-import may be written. Task ids are positions ("1-07", the 7th row of item 1) because they
 * are the TT the annex shows and part of the task pages' addresses; a progress file or an obligation names
 * a task by that id. So an import may not move, remove or renumber a task something points at unless it
 * is told where that thing now points: `--renumber` follows tasks whose text is unchanged, `--map
 * old=new` says it explicitly, and `--replace` accepts removals nobody points at. Nothing here writes.
 */
import { blocksText } from './blocks.ts';
import { removalCount, shortText, type PlanContent, type PlanDiff, type TaskPair } from './diff.ts';

/** A file that names a task or milestone of the plan. */
export interface TaskReference {
  /** Path, for messages and for re-pointing. */
  file: string;
  kind: 'tiến độ' | 'nghĩa vụ';
  /** Task or milestone id it names. */
  id: string;
}

export interface ReimportOptions {
  /** Accept removing tasks, paragraphs and milestones nothing points at. */
  replace: boolean;
  /** Re-point references to tasks whose text is unchanged but whose id moved. */
  renumber: boolean;
  /** Explicit old id → new id, for references only. */
  map: ReadonlyMap<string, string>;
}

export interface Repoint {
  file: string;
  kind: TaskReference['kind'];
  from: string;
  to: string;
  /** Why: "--map" or "--renumber, cùng nội dung". */
  reason: string;
}

export interface ReimportDecision {
  /** Reasons to refuse, each a full Vietnamese sentence; empty when the import may be written. */
  problems: string[];
  repoints: Repoint[];
}

/** Reads "1-07=1-02,3-04=3-05" (also given several times) into a map; throws with a Vietnamese message. */
export function parseMapOption(values: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of values
    .flatMap((v) => v.split(','))
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([a-z0-9-]+)=([a-z0-9-]+)$/.exec(part);
    if (!m) throw new Error(`--map "${part}": cần dạng mã-cũ=mã-mới, ví dụ --map 1-07=1-02`);
    if (map.has(m[1]!)) throw new Error(`--map: mã cũ ${m[1]} được ghi hai lần`);
    map.set(m[1]!, m[2]!);
  }
  return map;
}

const describe = (refs: TaskReference[]) => refs.map((r) => `${r.kind} ${r.file}`).join(', ');

/**
 * Decides, for each task or milestone something points at, where it points after the import, and refuses
 * when that is not the same task. `before` is null for a plan imported for the first time.
 */
export function decideReimport(
  before: PlanContent | null,
  after: PlanContent,
  diff: PlanDiff | null,
  references: TaskReference[],
  options: ReimportOptions,
): ReimportDecision {
  const problems: string[] = [];
  const repoints: Repoint[] = [];
  const newIds = new Set([...after.annex.tasks.map((t) => t.id), ...after.milestones.map((m) => m.id)]);
  const newText = new Map(after.annex.tasks.map((t) => [t.id, shortText(blocksText(t.task))]));
  const byId = new Map<string, TaskReference[]>();
  for (const r of references) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);

  for (const [from, to] of options.map) {
    if (!byId.has(from)) problems.push(`--map ${from}=${to}: không có tệp tiến độ hay nghĩa vụ nào trỏ tới ${from}; kiểm tra lại mã cũ.`);
    if (!newIds.has(to)) problems.push(`--map ${from}=${to}: kế hoạch mới không có nhiệm vụ hay mốc ${to}.`);
  }

  if (!before) {
    if (references.length) {
      problems.push(
        `Chưa có tệp kế hoạch cũ để so sánh, mà đã có ${references.length} tệp trỏ tới kế hoạch này (${describe(references)}): không biết các tệp ấy còn trỏ đúng nhiệm vụ không. Lấy lại tệp kế hoạch cũ (git checkout) rồi chạy lại.`,
      );
    }
    return { problems, repoints };
  }

  const pairByOld = new Map<string, TaskPair>((diff?.pairs ?? []).map((p) => [p.from, p]));
  const oldTasks = new Set(before.annex.tasks.map((t) => t.id));
  const oldMilestones = new Set(before.milestones.map((m) => m.id));
  const target = new Map<string, string>();

  for (const [id, refs] of byId) {
    const explicit = options.map.get(id);
    if (explicit !== undefined) {
      target.set(id, explicit);
      if (explicit !== id && newIds.has(explicit)) for (const r of refs) repoints.push({ ...r, from: id, to: explicit, reason: '--map' });
      continue;
    }
    const who = describe(refs);
    if (oldMilestones.has(id) && !oldTasks.has(id)) {
      if (newIds.has(id)) target.set(id, id);
      else
        problems.push(
          `Mốc báo cáo ${id} không còn trong kế hoạch mới nhưng có ${who}. Cho biết mốc mới tương ứng bằng --map ${id}=<mã mới>, hoặc xóa tệp nếu mốc bị bỏ thật.`,
        );
      continue;
    }
    if (!oldTasks.has(id)) {
      // Already pointing at nothing: `npm run check` reports it; the import must not make it point somewhere by chance.
      if (newIds.has(id))
        problems.push(
          `${who} trỏ tới ${id}, không có trong kế hoạch cũ mà lại có trong kế hoạch mới: kiểm tra tệp ấy, rồi chạy lại với --map ${id}=${id} nếu đúng.`,
        );
      else target.set(id, id);
      continue;
    }
    const p = pairByOld.get(id);
    if (!p) {
      problems.push(
        `Nhiệm vụ ${id} không còn trong kế hoạch mới nhưng có ${who}. Cho biết nhiệm vụ mới tương ứng bằng --map ${id}=<mã mới>, hoặc xóa tệp nếu nhiệm vụ bị bỏ thật.`,
      );
      continue;
    }
    if (p.to === id) {
      target.set(id, id);
      continue;
    }
    if (p.sameText && options.renumber) {
      target.set(id, p.to);
      for (const r of refs) repoints.push({ ...r, from: id, to: p.to, reason: '--renumber, cùng nội dung' });
      continue;
    }
    problems.push(
      p.sameText
        ? `Nhiệm vụ ${id} ("${p.text}") nay là ${p.to}: ${who} sẽ trỏ sai nhiệm vụ. Chạy lại với --renumber để chuyển tệp theo nhiệm vụ, hoặc --map ${id}=${p.to}.`
        : `Nhiệm vụ ${id} đã sửa nội dung và có lẽ nay là ${p.to} ("${newText.get(p.to) ?? p.text}"): ${who} sẽ trỏ sai nhiệm vụ. Kiểm tra, rồi chạy lại với --map ${id}=${p.to}.`,
    );
  }

  // Two things that pointed at different tasks must not end up on one.
  const owners = new Map<string, string[]>();
  for (const [from, to] of target) owners.set(to, [...(owners.get(to) ?? []), from]);
  for (const [to, froms] of owners) {
    if (froms.length > 1)
      problems.push(
        `Các tệp của ${froms.join(', ')} (${describe(froms.flatMap((f) => byId.get(f) ?? []))}) sẽ cùng trỏ tới ${to}: mỗi nhiệm vụ chỉ một tệp tiến độ; sửa --map.`,
      );
  }

  if (diff && removalCount(diff) > 0 && !options.replace) {
    const parts = [
      diff.removedTasks.length ? `${diff.removedTasks.length} nhiệm vụ (${diff.removedTasks.map((t) => t.id).join(', ')})` : '',
      diff.removedParagraphs.length ? `${diff.removedParagraphs.length} đoạn văn` : '',
      diff.removedMilestones.length
        ? `${diff.removedMilestones.length} mốc báo cáo (${diff.removedMilestones.map((m) => m.id).join(', ')})`
        : '',
    ].filter(Boolean);
    problems.push(`Kế hoạch mới bỏ ${parts.join(', ')} (xem danh sách ở trên). Nếu đúng là tệp nguồn đã bỏ, chạy lại với --replace.`);
  }
  return { problems, repoints };
}
