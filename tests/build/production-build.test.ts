/**
 * `npm run build -- --production` builds only content that is real: on real, verified content it builds; on
 * the bundled demo content it stops before building, names every sample record and unverified fact by file,
 * line and field, and leaves the site already built where it was, byte for byte. One Astro build: the
 * refused build writes over the site the first one made.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(path.join(tmpdir(), 'portal-production-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dist = path.join(work, 'dist');

function buildForProduction(contentDir: string) {
  return spawnSync(process.execPath, ['scripts/build.ts', '--production'], {
    env: {
      ...process.env,
      PORTAL_CONTENT_DIR: contentDir,
      PORTAL_DIST_DIR: dist,
      PORTAL_BUILD_DATE: '2026-12-05',
      CI: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    timeout: 180_000,
  });
}

/** Every file of a folder with its size, modification time and content hash. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    files.map((e) => {
      const file = path.join(e.parentPath, e.name);
      const { size, mtimeMs } = statSync(file);
      return [path.relative(dir, file), `${size} ${mtimeMs} ${createHash('sha256').update(readFileSync(file)).digest('hex')}`];
    }),
  );
}

const real = buildForProduction('tests/fixtures/production-content');
const built = existsSync(dist) ? snapshot(dist) : {};
const demo = buildForProduction('content');

describe('a production build', () => {
  it('builds real, verified content (its draft with sample data is not published, so not refused)', () => {
    expect(real.status, real.stderr).toBe(0);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
  });

  it('refuses the bundled demo content, exiting non-zero', () => {
    expect(demo.status).toBe(1);
    expect(demo.stderr).toMatch(/^Chưa thể dựng bản chính thức: có \d+ điểm trong \d+ tệp nội dung/m);
    expect(demo.stderr).toContain('Bản dựng chính thức không được tạo;');
  });

  it('names each sample record by file, line and field', () => {
    expect(demo.stderr).toMatch(/^ {2}content\/locality\.yaml:\d+ Dữ liệu mẫu \(sample\): là dữ liệu mẫu/m);
    expect(demo.stderr).toMatch(/^ {2}content\/notices\/[\w-]+\.md:\d+ Dữ liệu mẫu \(sample\): là dữ liệu mẫu/m);
  });

  it('names each unverified fact by file, line and the path of its field', () => {
    expect(demo.stderr).toMatch(
      /^ {2}content\/procedures\/[\w-]+\.yaml:\d+ Phí, lệ phí › Đã đối chiếu \(fees\.\d+\.verified\): mục "[^"]+" chưa được đối chiếu/m,
    );
    expect(demo.stderr).toMatch(
      /^ {2}content\/procedures\/[\w-]+\.yaml:\d+ Căn cứ pháp lý › Đã đối chiếu \(legalBases\.\d+\.verified\): /m,
    );
    expect(demo.stderr).toMatch(/^ {2}content\/forms\/[\w-]+\.yaml:\d+ factChecks\.prescribedBy\.verified: mục này chưa được đối chiếu/m);
  });

  it('leaves the site already built untouched', () => {
    expect(Object.keys(built).length).toBeGreaterThan(10);
    expect(snapshot(dist)).toEqual(built);
  });

  it('is what the daily rebuild runs', () => {
    expect(readFileSync('docs/deployment/rebuild.sh', 'utf8')).toMatch(
      /^build_cmd="\$\{PORTAL_BUILD_CMD:-npm run build -- --production\}"$/m,
    );
  });
});
