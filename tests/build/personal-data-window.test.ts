/**
 * The other side of personal-data expiry: built "as of" a day inside a list's posting period, the list's
 * names are published (page, search index, open data); built after it, they are not (tests/site).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCollectionFiles } from '../../src/lib/content/read.ts';
import { searchFragmentsText } from '../support/dist.ts';

const list = readCollectionFiles('content', { dir: 'poverty-reviews', format: 'md' })
  .map((r) => ({ id: r.id, data: r.data as { containsPersonalData?: boolean; postingPeriod?: { from: string; to: string }; households?: { name: string }[] } }))
  .filter((r) => r.data.containsPersonalData && r.data.postingPeriod)
  .sort((a, b) => a.data.postingPeriod!.to.localeCompare(b.data.postingPeriod!.to))[0]!;

const dist = path.join(mkdtempSync(path.join(tmpdir(), 'portal-window-')), 'dist');
afterAll(() => rmSync(path.dirname(dist), { recursive: true, force: true }));
const during = list.data.postingPeriod!.to;
const result = spawnSync(process.execPath, ['scripts/build.ts'], {
  env: { ...process.env, PORTAL_DIST_DIR: dist, PORTAL_BUILD_DATE: during, CI: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  encoding: 'utf8',
  timeout: 300_000,
});

describe(`a list built on the last day of its posting period (${during})`, () => {
  const names = (list.data.households ?? []).map((h) => h.name);

  it('builds', () => {
    expect(result.status, result.stderr).toBe(0);
  });

  it('publishes its names on its page, in the search index and in open data', () => {
    expect(names.length).toBeGreaterThan(3);
    const page = readFileSync(path.join(dist, 'cong-khai', 'ho-ngheo', list.id, 'index.html'), 'utf8');
    const openData = readFileSync(path.join(dist, 'du-lieu-mo', 'ho-ngheo.json'), 'utf8');
    const index = searchFragmentsText(dist);
    for (const name of names) {
      expect(page).toContain(name);
      expect(openData).toContain(name);
      expect(index).toContain(name);
    }
  });
});
