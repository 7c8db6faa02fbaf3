/**
 * Another commune runs the kit by editing content only: built from a different content folder, the site
 * carries that commune's name and nothing of Hưng Yên.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dist = path.join(mkdtempSync(path.join(tmpdir(), 'portal-other-')), 'dist');
afterAll(() => rmSync(path.dirname(dist), { recursive: true, force: true }));

const result = spawnSync(process.execPath, ['scripts/build.ts'], {
  env: {
    ...process.env,
    PORTAL_CONTENT_DIR: 'tests/fixtures/other-locality',
    PORTAL_DIST_DIR: dist,
    CI: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  },
  encoding: 'utf8',
  timeout: 180_000,
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? htmlFiles(full) : full.endsWith('.html') ? [full] : [];
  });
}

describe('the kit serving another commune', () => {
  it("builds from that commune's content alone", () => {
    expect(result.status, result.stderr).toBe(0);
  });

  it("shows the commune's name and contacts", () => {
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(home).toContain('Xã Thử Nghiệm');
    expect(home).toContain('lienhe@xa-thu-nghiem.example');
  });

  it('carries nothing of the first deployment', () => {
    const mentions = htmlFiles(dist).filter((f) => /Hưng Yên|Phố Hiến|PAPI/.test(readFileSync(f, 'utf8')));
    expect(mentions.map((f) => path.relative(dist, f))).toEqual([]);
  });
});
