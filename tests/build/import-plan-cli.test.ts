/**
 * The importer's command line on a copy of content/: it reports, compares with the plan already there,
 * refuses what would lose or misplace progress, re-points progress when told how, and names the bad line.
 * Each case runs the CLI once on its own copy, so a case cannot see another's writes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const SEED = 'seeds/000_c0cd988506191886.txt';
const PLAN = 'plans/19-kh-ubnd-2023.yaml';
const seedLines = readFileSync(SEED, 'utf8').split('\n');
const root = mkdtempSync(path.join(tmpdir(), 'portal-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the folders the importer reads and writes, and a seed changed by `edit` (lines are 1-based). */
function workspace(name: string, edit?: (lines: string[]) => string[]): { content: string; seed: string } {
  const dir = path.join(root, name);
  const content = path.join(dir, 'content');
  for (const folder of ['units', 'plans', 'plan-progress', 'obligations'])
    cpSync(path.join('content', folder), path.join(content, folder), { recursive: true });
  if (!edit) return { content, seed: SEED };
  const seed = path.join(dir, 'seed.txt');
  mkdirSync(dir, { recursive: true });
  writeFileSync(seed, edit([...seedLines]).join('\n'));
  return { content, seed };
}

/** Every file the importer may touch, with its text. */
function snapshot(content: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['plans', 'plan-progress', 'obligations']) {
    for (const name of readdirSync(path.join(content, folder)))
      files[`${folder}/${name}`] = readFileSync(path.join(content, folder, name), 'utf8');
  }
  return files;
}

const run = (content: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/import-plan.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PORTAL_CONTENT_DIR: content },
  });

/** Deletes source lines `from`..`to` (1-based, inclusive). */
const deleteLines = (from: number, to: number) => (lines: string[]) => lines.filter((_, i) => i + 1 < from || i + 1 > to);
/** Writes line `n` twice. */
const duplicateLine = (n: number) => (lines: string[]) => [...lines.slice(0, n), lines[n - 1]!, ...lines.slice(n)];

// Rows 163-167 are tasks 1-02 to 1-06; task 1-07 (row 168) has a progress file.
const FIVE_ROWS_DELETED = deleteLines(163, 167);

describe('npm run import:plan', () => {
  it('says "không có thay đổi" for the unchanged seed and writes nothing', () => {
    const { content, seed } = workspace('unchanged');
    const before = snapshot(content);
    const result = run(content, seed);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Không có thay đổi');
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses five deleted rows that would move a task with progress, lists the diff, and writes nothing', () => {
    const { content, seed } = workspace('five-deleted', FIVE_ROWS_DELETED);
    const before = snapshot(content);
    const result = run(content, seed);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Nhiệm vụ bỏ (5):');
    expect(result.stdout).toMatch(/1-02 "Tham mưu thực hiện các văn bản chỉ đạo/);
    expect(result.stdout).toMatch(/1-07 → 1-02 "Ban hành Kế hoạch đào tạo/);
    expect(result.stderr).toContain('Không ghi gì');
    expect(result.stderr).toContain(`${path.join(content, 'plan-progress', '19-kh-ubnd-2023--1-07.yaml')}`);
    expect(result.stderr).toContain('--renumber');
    expect(result.stderr).toContain('--replace');
    expect(snapshot(content)).toEqual(before);
  });

  it('with --map and --replace, writes 66 tasks and re-points the progress file to the same task', () => {
    const { content, seed } = workspace('five-deleted-mapped', FIVE_ROWS_DELETED);
    const before = snapshot(content);
    const result = run(content, seed, '--map', '1-07=1-02', '--replace');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const plan = parse(readFileSync(path.join(content, PLAN), 'utf8')) as { annex: { tasks: { id: string; task: { text?: string }[] }[] } };
    expect(plan.annex.tasks).toHaveLength(66);
    expect(plan.annex.tasks.find((t) => t.id === '1-02')!.task[0]!.text).toMatch(/^Ban hành Kế hoạch đào tạo/);

    const after = snapshot(content);
    expect(after['plan-progress/19-kh-ubnd-2023--1-07.yaml']).toBeUndefined();
    expect(after['plan-progress/19-kh-ubnd-2023--1-02.yaml']).toBe(
      before['plan-progress/19-kh-ubnd-2023--1-07.yaml']!.replace('task: 1-07', 'task: 1-02'),
    );
    // Every other progress and obligation file is as it was.
    const untouched = (files: Record<string, string>) =>
      Object.entries(files).filter(([f]) => !f.startsWith('plans/') && !/--1-0[27]\.yaml$/.test(f));
    expect(untouched(after)).toEqual(untouched(before));
    expect(result.stdout).toContain('19-kh-ubnd-2023--1-07.yaml → ');
    expect(result.stdout).toMatch(/1-07 → 1-02/);
  });

  it('with --dry-run, prints the diff and what it would re-point, and writes nothing', () => {
    const { content, seed } = workspace('dry-run', FIVE_ROWS_DELETED);
    const before = snapshot(content);
    const result = run(content, seed, '--renumber', '--replace', '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Nhiệm vụ bỏ (5):');
    expect(result.stdout).toContain('--dry-run');
    expect(result.stdout).toMatch(/19-kh-ubnd-2023--1-07\.yaml → .*19-kh-ubnd-2023--1-02\.yaml/);
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses a duplicated annex row, naming both lines, and writes nothing', () => {
    const { content, seed } = workspace('duplicate-row', duplicateLine(165));
    const before = snapshot(content);
    const result = run(content, seed, '--replace', '--renumber');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${seed}:166 hàng phụ lục lặp lại dòng 165`);
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses a duplicated body paragraph, naming both lines, and writes nothing', () => {
    const { content, seed } = workspace('duplicate-paragraph', duplicateLine(39));
    const before = snapshot(content);
    const result = run(content, seed, '--replace', '--renumber');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${seed}:40 đoạn văn lặp lại dòng 39`);
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses a deleted body paragraph without --replace, naming it', () => {
    const { content, seed } = workspace('deleted-paragraph', deleteLines(39, 39));
    const before = snapshot(content);
    const result = run(content, seed);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Đoạn văn bỏ (1):');
    expect(result.stdout).toContain('Thực hiện đúng, đủ việc công khai, minh bạch');
    expect(result.stderr).toContain('--replace');
    expect(snapshot(content)).toEqual(before);
  });

  it('stops on a truncated row, naming the file and line, and writes nothing', () => {
    const { content } = workspace('truncated');
    const before = snapshot(content);
    const result = run(content, 'tests/fixtures/plan/truncated-row.txt');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tests/fixtures/plan/truncated-row.txt:186 hàng bị cụt: có 5 cột, cần 8');
    expect(snapshot(content)).toEqual(before);
  });

  it('imports a plan for the first time, prints its repairs and writes the plan', () => {
    const { content } = workspace('first');
    for (const folder of ['plans', 'plan-progress', 'obligations']) rmSync(path.join(content, folder), { recursive: true });
    const result = run(content, SEED);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('nội dung thành phần lệch sang cột chỉ số (9):');
    expect(result.stdout).toContain('Văn bản bị mất: 0');
    expect(result.stdout).toContain('9 mục, 71 nhiệm vụ');
    expect(readFileSync(path.join(content, PLAN), 'utf8')).toBe(readFileSync(path.join('content', PLAN), 'utf8'));
  });
});
