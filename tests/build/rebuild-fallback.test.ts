/**
 * The daily rebuild publishes today's expiry even when the newest content is broken: it rebuilds the last
 * commit that built, with today's date, serves it, and fails loudly. The real check and build are replaced
 * by fast stand-ins that record what they were given, so this takes seconds, not three Astro builds.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = path.resolve('docs/deployment/rebuild.sh');
const base = mkdtempSync(path.join(tmpdir(), 'portal-rebuild-fallback-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const repo = path.join(base, 'repo');
const alerts = path.join(base, 'alerts.txt');

const gitEnv = {
  GIT_AUTHOR_NAME: 'dev',
  GIT_AUTHOR_EMAIL: 'dev@localhost',
  GIT_COMMITTER_NAME: 'dev',
  GIT_COMMITTER_EMAIL: 'dev@localhost',
};
function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, env: { ...process.env, ...gitEnv }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

function rebuild(date: string) {
  const result = spawnSync('bash', [script], {
    env: {
      ...process.env,
      ...gitEnv,
      PORTAL_BASE: base,
      PORTAL_BUILD_DATE: date,
      PORTAL_SKIP_INSTALL: '1',
      // The check refuses a content file that says "HỎNG"; the build records its date and commit.
      PORTAL_CHECK_CMD: '! grep -rq HỎNG content',
      PORTAL_BUILD_CMD:
        'mkdir -p "$PORTAL_DIST_DIR" && echo "$PORTAL_BUILD_DATE" > "$PORTAL_DIST_DIR/date.txt" && git rev-parse HEAD > "$PORTAL_DIST_DIR/commit.txt"',
      PORTAL_AUDIT_CMD: '',
      PORTAL_ALERT_CMD: `cat >> '${alerts}'`,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const current = realpathSync(path.join(base, 'current'));
  return {
    status: result.status,
    stderr: result.stderr,
    served: {
      date: readFileSync(path.join(current, 'date.txt'), 'utf8').trim(),
      commit: readFileSync(path.join(current, 'commit.txt'), 'utf8').trim(),
    },
  };
}

mkdirSync(path.join(repo, 'content'), { recursive: true });
git('init', '--quiet');
writeFileSync(path.join(repo, 'content', 'thong-bao.md'), 'Danh sách niêm yết đến hết ngày 01/12/2026.\n');
git('add', '.');
git('commit', '--quiet', '-m', 'nội dung tốt');
const good = git('rev-parse', 'HEAD');
const first = rebuild('2026-12-01');

writeFileSync(path.join(repo, 'content', 'loi.md'), 'Tệp HỎNG.\n');
git('add', '.');
git('commit', '--quiet', '-m', 'nội dung hỏng');
const broken = git('rev-parse', 'HEAD');
const second = rebuild('2026-12-02');
const headAfterFallback = git('rev-parse', 'HEAD');

git('rm', '--quiet', 'content/loi.md');
git('commit', '--quiet', '-m', 'sửa');
const fixed = git('rev-parse', 'HEAD');
const third = rebuild('2026-12-03');

describe('the daily rebuild', () => {
  it('serves the newest commit, built as of today, and remembers it as the last good one', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.served).toEqual({ date: '2026-12-01', commit: good });
    expect(broken).not.toBe(good);
  });

  it("when the newest content fails the check, serves the last good commit rebuilt with today's date", () => {
    expect(second.served).toEqual({ date: '2026-12-02', commit: good });
  });

  it('and fails loudly: non-zero exit, a message on stderr and through the alert command', () => {
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(`LỖI: Bản dựng ngày 2026-12-02 từ commit ${broken.slice(0, 12)} thất bại`);
    expect(second.stderr).toContain(`Đang phục vụ bản dựng lại từ commit tốt gần nhất ${good.slice(0, 12)} với ngày 2026-12-02`);
    expect(readFileSync(alerts, 'utf8')).toContain(`commit tốt gần nhất ${good.slice(0, 12)}`);
  });

  it("leaves the editors' checkout on the newest commit", () => {
    expect(headAfterFallback).toBe(broken);
  });

  it('goes back to the newest commit once it is fixed', () => {
    expect(third.status, third.stderr).toBe(0);
    expect(third.served).toEqual({ date: '2026-12-03', commit: fixed });
    expect(readFileSync(path.join(base, 'last-good'), 'utf8').trim()).toBe(fixed);
  });
});
