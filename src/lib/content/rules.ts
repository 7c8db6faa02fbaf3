/**
 * Rules that a schema alone cannot express, because they compare fields or entries.
 * Each returns the field path it is about and a message in Vietnamese.
 */
import type { CollectionName } from '../../collections.ts';
import { disclosureKinds, budgetUnits, type DisclosureKind } from '../../schemas/disclosures.ts';
import { budgetTotalProblems } from '../budget.ts';
import type { CheckedContent, CheckedEntry } from './check.ts';
import { attachmentProblem } from './files.ts';

export interface RuleProblem {
  path: (string | number)[];
  message: string;
}

export interface RuleContext {
  /** The content folder, to find attachments under files/. */
  root: string;
}

/** A rule over one entry of collection `Name`, typed from its schema. */
type Rule<Name extends CollectionName> = (entry: CheckedEntry<Name>, content: CheckedContent, ctx: RuleContext) => RuleProblem[];
type Rules<Names extends CollectionName> = { [Name in Names]?: Rule<Name> };

/** Rules every disclosure follows: dates in order and attachments that exist, as plain files inside content/files/. */
function disclosureRule(entry: CheckedEntry<DisclosureKind>, _content: CheckedContent, ctx: RuleContext): RuleProblem[] {
  const d = entry.data;
  const found: RuleProblem[] = [];
  if (d.publishedOn < d.issuedOn) found.push({ path: ['publishedOn'], message: 'ngày đăng không thể trước ngày ban hành' });
  if (d.postingPeriod && d.postingPeriod.to < d.postingPeriod.from) found.push({ path: ['postingPeriod', 'to'], message: 'ngày kết thúc niêm yết phải sau ngày bắt đầu' });
  d.attachments.forEach((a, i) => {
    const problem = attachmentProblem(ctx.root, a.file);
    if (problem) found.push({ path: ['attachments', i, 'file'], message: problem });
  });
  return found;
}

const extraRules: Rules<DisclosureKind> = {
  budgets(entry) {
    const d = entry.data;
    return budgetTotalProblems(d.sections, budgetUnits[d.unit]);
  },
  povertyReviews(entry) {
    const d = entry.data;
    const found: RuleProblem[] = [];
    // Title and summary stay published after the posting period (lib/disclosures/personal-data.ts): no names there.
    for (const field of ['title', 'summary'] as const) {
      const named = d.households.find((h) => d[field].includes(h.name));
      if (named) found.push({ path: [field], message: `có tên "${named.name}" của danh sách hộ; tiêu đề và tóm tắt vẫn được đăng sau thời gian niêm yết nên không được ghi tên người` });
    }
    if (d.households.length > 0 && !d.containsPersonalData) {
      found.push({ path: ['households'], message: 'danh sách có tên người chỉ được ghi khi đánh dấu containsPersonalData: true' });
    }
    if (d.containsPersonalData && !d.postingPeriod) {
      found.push({ path: ['postingPeriod'], message: 'hồ sơ có dữ liệu cá nhân phải ghi thời gian niêm yết, để tên được gỡ khi hết hạn' });
    }
    return found;
  },
};

/** The rules of one kind of disclosure: those of every disclosure, then its own. */
function disclosureRules<Kind extends DisclosureKind>(kind: Kind): Rule<Kind> {
  return (entry, content, ctx) => [...disclosureRule(entry, content, ctx), ...(extraRules[kind]?.(entry, content, ctx) ?? [])];
}

export const collectionRules: Rules<CollectionName> = {
  ...(Object.fromEntries((Object.keys(disclosureKinds) as DisclosureKind[]).map((kind) => [kind, disclosureRules(kind)])) as Rules<DisclosureKind>),
  units(entry) {
    const d = entry.data;
    const found: RuleProblem[] = [];
    if (d.successors?.length && !d.dissolvedOn)
      found.push({ path: ['successors'], message: 'chỉ ghi cơ quan kế thừa khi đơn vị đã có ngày chấm dứt hoạt động' });
    if (d.parent === entry.id) found.push({ path: ['parent'], message: 'một đơn vị không thể trực thuộc chính nó' });
    return found;
  },
  areas(entry) {
    const d = entry.data;
    const found: RuleProblem[] = [];
    if (d.mergedInto && !d.dissolvedOn)
      found.push({ path: ['dissolvedOn'], message: 'cần ngày chấm dứt khi đã ghi "Nay thuộc"' });
    if (d.mergedInto === entry.id) found.push({ path: ['mergedInto'], message: 'một địa bàn không thể sáp nhập vào chính nó' });
    return found;
  },
  plans(entry) {
    const d = entry.data;
    const found: RuleProblem[] = [];
    const items = new Set(d.annex.items.map((i) => i.number));
    const seen = new Set<string>();
    d.annex.tasks.forEach((t, i) => {
      if (!items.has(t.item)) found.push({ path: ['annex', 'tasks', i, 'item'], message: `không có mục ${t.item} trong phụ lục` });
      if (seen.has(t.id)) found.push({ path: ['annex', 'tasks', i, 'id'], message: `mã nhiệm vụ "${t.id}" bị trùng` });
      seen.add(t.id);
    });
    d.milestones.forEach((m, i) => {
      if (seen.has(m.id)) found.push({ path: ['milestones', i, 'id'], message: `mã mốc "${m.id}" trùng với mã một nhiệm vụ` });
    });
    return found;
  },
  planProgress(entry, content) {
    const d = entry.data;
    const plan = content.plans.find((p) => p.id === d.plan)?.data;
    if (!plan) return []; // the reference check reports the missing plan
    const known = [...plan.annex.tasks.map((t) => t.id), ...plan.milestones.map((m) => m.id)];
    return known.includes(d.task) ? [] : [{ path: ['task'], message: `kế hoạch "${d.plan}" không có nhiệm vụ hay mốc "${d.task}"` }];
  },
  forms(entry) {
    const d = entry.data;
    const seen = new Set<string>();
    const found: RuleProblem[] = [];
    d.sections.forEach((s, si) =>
      s.fields.forEach((f, fi) => {
        if (seen.has(f.id)) found.push({ path: ['sections', si, 'fields', fi, 'id'], message: `mã trường "${f.id}" bị trùng trong biểu mẫu` });
        seen.add(f.id);
      }),
    );
    return found;
  },
  receptions(entry) {
    const d = entry.data;
    const found: RuleProblem[] = [];
    if (d.end <= d.start) found.push({ path: ['end'], message: 'giờ kết thúc phải sau giờ bắt đầu' });
    if (!d.recurrence && d.sessions.length === 0) found.push({ path: ['sessions'], message: 'cần lịch định kỳ hoặc ít nhất một buổi tiếp' });
    return found;
  },
  holidays(entry) {
    const d = entry.data;
    return d.daysOff.flatMap((r, i) =>
      r.to < r.from
        ? [{ path: ['daysOff', i, 'to'], message: 'ngày kết thúc phải sau ngày bắt đầu' }]
        : !r.from.startsWith(String(d.year))
          ? [{ path: ['daysOff', i, 'from'], message: `ngày nghỉ không thuộc năm ${d.year}` }]
          : [],
    );
  },
  obligations(entry, content) {
    const d = entry.data;
    const found: RuleProblem[] = [];
    d.planTasks.forEach((ref, i) => {
      const [planId, taskId] = ref.split('/');
      const plan = content.plans.find((p) => p.id === planId)?.data;
      if (!plan || !plan.annex.tasks.some((t) => t.id === taskId)) found.push({ path: ['planTasks', i], message: `không có nhiệm vụ "${ref}" trong các kế hoạch` });
    });
    const periodic = ['quarterly', 'half-yearly', 'yearly'].includes(d.cadence);
    if (periodic && d.dueDates.length === 0) found.push({ path: ['dueDates'], message: 'nghĩa vụ định kỳ cần hạn đăng mỗi kỳ (ví dụ ["01-31"])' });
    return found;
  },
  questions(entry) {
    const d = entry.data;
    const found: RuleProblem[] = [];
    if (d.answeredOn && d.answeredOn < d.askedOn) found.push({ path: ['answeredOn'], message: 'ngày trả lời không thể trước ngày hỏi' });
    if (Boolean(d.answeredOn) !== Boolean(d.answer)) found.push({ path: ['answer'], message: 'câu đã trả lời cần cả ngày trả lời và nội dung trả lời' });
    return found;
  },
  pages(entry) {
    const d = entry.data;
    const isEnglishPath = d.path === 'en' || d.path.startsWith('en/');
    if (d.lang === 'en' && !isEnglishPath) return [{ path: ['path'], message: 'trang tiếng Anh phải có địa chỉ bắt đầu bằng "en/"' }];
    if (d.lang === 'vi' && isEnglishPath) return [{ path: ['lang'], message: 'trang dưới "en/" phải có ngôn ngữ "en"' }];
    return [];
  },
};

/** The problems the rules of collection `name` find in one of its entries. */
export function applyRules<Name extends CollectionName>(name: Name, entry: CheckedEntry<Name>, content: CheckedContent, ctx: RuleContext): RuleProblem[] {
  const rule: Rule<Name> | undefined = collectionRules[name];
  return rule?.(entry, content, ctx) ?? [];
}
