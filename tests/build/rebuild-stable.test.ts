/**
 * Two builds of the same content "as of" the same day give the same calendar feeds: UIDs (and whole
 * events) are stable, so subscribers' calendars do not fill with duplicates on every daily rebuild.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtOn, distDir } from '../support/dist.ts';

const dist = path.join(mkdtempSync(path.join(tmpdir(), 'portal-rebuild-')), 'dist');
afterAll(() => rmSync(path.dirname(dist), { recursive: true, force: true }));
const result = spawnSync(process.execPath, ['scripts/build.ts'], {
  env: { ...process.env, PORTAL_DIST_DIR: dist, PORTAL_BUILD_DATE: builtOn(), CI: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  encoding: 'utf8',
  timeout: 300_000,
});

const uids = (text: string) => [...text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]!.trim());

describe('a second build of the same day', () => {
  it('builds', () => expect(result.status, result.stderr).toBe(0));

  it('gives the same UIDs and the same events in every calendar feed', () => {
    const feeds = [
      'lich-tiep-cong-dan/lich.ics',
      ...readdirSync(path.join(distDir, 'lich-tiep-cong-dan', 'don-vi'))
        .filter((f) => f.endsWith('.ics'))
        .map((f) => `lich-tiep-cong-dan/don-vi/${f}`),
    ];
    for (const feed of feeds) {
      const first = readFileSync(path.join(distDir, feed), 'utf8');
      const second = readFileSync(path.join(dist, feed), 'utf8');
      expect(uids(first).length, feed).toBeGreaterThan(0);
      expect(uids(second), feed).toEqual(uids(first));
      expect(second, feed).toBe(first);
    }
  });
});
