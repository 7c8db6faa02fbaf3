/**
 * A plan with its tasks' status on the build date, joined with the progress written by the office.
 */
import { getCollection, getEntry } from 'astro:content';
import { buildDate } from '../lib/dates.ts';
import { taskStatus, type TaskStatus } from '../lib/plan/progress.ts';
import type { PlanTask } from '../schemas/plan.ts';
import type { PlanProgress } from '../schemas/plan-progress.ts';

export interface TaskView extends PlanTask {
  status: TaskStatus;
  progress: PlanProgress | undefined;
}

export interface MilestoneView {
  id: string;
  title: string;
  due: string;
  dueText: string;
  status: TaskStatus;
  progress: PlanProgress | undefined;
}

export async function getPlans() {
  return (await getCollection('plans')).sort((a, b) => b.data.issuedOn.localeCompare(a.data.issuedOn));
}

export async function getPlanView(planId: string) {
  const plan = await getEntry('plans', planId);
  if (!plan) throw new Error(`Không có kế hoạch "${planId}"`);
  const progress = (await getCollection('planProgress')).filter((p) => p.data.plan === planId);
  const progressOf = (id: string) => progress.find((p) => p.data.task === id)?.data;
  const today = buildDate();
  const tasks: TaskView[] = plan.data.annex.tasks.map((t) => {
    const p = progressOf(t.id);
    return { ...t, progress: p, status: taskStatus(p?.status, t.deadline, today) };
  });
  const milestones: MilestoneView[] = plan.data.milestones.map((m) => {
    const p = progressOf(m.id);
    return { ...m, progress: p, status: taskStatus(p?.status, { by: m.due }, today) };
  });
  return { plan, tasks, milestones, today };
}
