/**
 * The importer's command line: it reports, writes only when nothing is lost, and names the bad line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const out = mkdtempSync(path.join(tmpdir(), 'portal-import-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (source: string, dir: string) =>
  spawnSync(process.execPath, ['scripts/import-plan.ts', source, '--out', dir], { encoding: 'utf8', timeout: 60_000 });

describe('npm run import:plan', () => {
  it('imports the seed, prints its repairs and writes the plan', () => {
    const dir = path.join(out, 'good');
    const result = run('seeds/000_c0cd988506191886.txt', dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('nội dung thành phần lệch sang cột chỉ số (9):');
    expect(result.stdout).toContain('Văn bản bị mất: 0');
    expect(result.stdout).toContain('9 mục, 71 nhiệm vụ');
    expect(readdirSync(dir)).toEqual(['19-kh-ubnd-2023.yaml']);
  });

  it('stops on a truncated row, naming the file and line, and writes nothing', () => {
    const dir = path.join(out, 'bad');
    const result = run('tests/fixtures/plan/truncated-row.txt', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tests/fixtures/plan/truncated-row.txt:186 hàng bị cụt: có 5 cột, cần 8');
    expect(existsSync(dir)).toBe(false);
  });
});
