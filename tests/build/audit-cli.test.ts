/**
 * `npm run audit -- --strict`, run by the office before publishing: it passes on a commune that has
 * published everything on time and fails, naming what is overdue or missing, on one that has not. Only law
 * fails it: house rules are printed apart and never fail.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const complete = 'tests/fixtures/audit-complete';
const notice = 'notices/ket-qua-quy-3-2026.md';
const work = mkdtempSync(path.join(tmpdir(), 'portal-audit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const audit = (content: string, date: string, strict = true) =>
  spawnSync(process.execPath, ['scripts/audit.ts', '--content', content, '--date', date, ...(strict ? ['--strict'] : [])], {
    encoding: 'utf8',
    timeout: 60_000,
  });

/** A copy of the complete fixture with one change. */
function variant(name: string, change: (dir: string) => void): string {
  const dir = path.join(work, name);
  cpSync(complete, dir, { recursive: true });
  change(dir);
  return dir;
}

describe('npm run audit -- --strict', () => {
  it('passes on a commune that published its quarterly report on time', () => {
    const result = audit(complete, '2026-11-29');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Đã công khai  Xã Thử Nghiệm: mới nhất 09/10/2026');
    expect(result.stdout).toContain('NGHĨA VỤ THEO QUY ĐỊNH PHÁP LUẬT');
    expect(result.stdout).not.toContain('QUY ĐỊNH RIÊNG CỦA ĐỊA PHƯƠNG');
    expect(result.stdout).toContain(
      'Tổng (quy định pháp luật): 0 chưa công khai, 0 quá hạn, 0 công khai muộn, 0 sắp đến hạn, 1 đã công khai, 0 chưa đến hạn, 0 chưa có loại nội dung trên cổng.',
    );
  });

  it('still passes when the next report is merely due soon', () => {
    const result = audit(complete, '2027-01-05');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Sắp đến hạn');
  });

  it('fails on a commune whose latest report is for an earlier quarter', () => {
    const late = variant('overdue', (dir) => {
      const file = path.join(dir, notice);
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace('publishedOn: 2026-10-09', 'publishedOn: 2026-06-30')
          .replace('issuedOn: 2026-10-08', 'issuedOn: 2026-06-29'),
      );
    });
    const result = audit(late, '2026-11-29');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('QUÁ HẠN  Xã Thử Nghiệm: mới nhất 30/06/2026');
    expect(result.stderr).toContain('còn 1 mục quá hạn và 0 mục chưa công khai theo quy định pháp luật');
  });

  it('fails once the complete commune lets the next due date pass', () => {
    const result = audit(complete, '2027-01-16');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('QUÁ HẠN');
  });

  it('fails on a commune that never published it', () => {
    const none = variant('missing', (dir) => rmSync(path.join(dir, notice)));
    const result = audit(none, '2026-11-29');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('CHƯA CÔNG KHAI  Xã Thử Nghiệm: chưa có nội dung');
  });

  it('reports a report published after its due date as late, better than missing, without failing', () => {
    const late = variant('late', (dir) => {
      const file = path.join(dir, notice);
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace('publishedOn: 2026-10-09', 'publishedOn: 2026-10-16')
          .replace('issuedOn: 2026-10-08', 'issuedOn: 2026-10-15'),
      );
    });
    const result = audit(late, '2026-11-29');
    expect(result.stdout).toContain('Công khai muộn  Xã Thử Nghiệm: mới nhất 16/10/2026');
    expect(result.status).toBe(0);
  });

  it('shows a house rule apart, never late or a violation, and strict does not fail on it', () => {
    const house = variant('house', (dir) => {
      rmSync(path.join(dir, notice));
      const file = path.join(dir, 'obligations/thong-bao-hang-quy.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}ruleKind: house\n`);
    });
    const result = audit(house, '2026-11-29');
    expect(result.stdout).toContain('QUY ĐỊNH RIÊNG CỦA ĐỊA PHƯƠNG');
    expect(result.stdout).not.toContain('NGHĨA VỤ THEO QUY ĐỊNH PHÁP LUẬT');
    expect(result.stdout).toContain('Chưa thực hiện  Xã Thử Nghiệm: chưa có nội dung');
    expect(result.stdout).not.toMatch(/QUÁ HẠN|CHƯA CÔNG KHAI|Quá hạn|Vi phạm/);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('lists a duty with no content type on the portal as not yet published, counted apart', () => {
    const unsupported = variant('unsupported', (dir) => {
      const file = path.join(dir, 'obligations/thong-bao-hang-quy.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^fulfilledBy: .*$/m, 'fulfilledBy: null'));
    });
    const result = audit(unsupported, '2026-11-29');
    expect(result.stdout).toContain('Chưa có loại nội dung trên cổng  Xã Thử Nghiệm');
    expect(result.stdout).toContain(
      '0 chưa công khai, 0 quá hạn, 0 công khai muộn, 0 sắp đến hạn, 0 đã công khai, 0 chưa đến hạn, 1 chưa có loại nội dung trên cổng.',
    );
  });

  it('names a thị trấn as a thị trấn, with the label the site uses', () => {
    const town = variant('thi-tran', (dir) => {
      const file = path.join(dir, 'areas/thu-nghiem.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('kind: xa', 'kind: thi-tran'));
    });
    expect(audit(town, '2026-11-29').stdout).toContain('Đã công khai  Thị trấn Thử Nghiệm: mới nhất 09/10/2026');
  });

  it('reports without failing when not strict', () => {
    const none = variant('missing-not-strict', (dir) => rmSync(path.join(dir, notice)));
    expect(audit(none, '2026-11-29', false).status).toBe(0);
  });

  it('refuses to judge invalid content, naming the file and field', () => {
    const broken = variant('broken', (dir) => {
      const file = path.join(dir, 'obligations/thong-bao-hang-quy.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('cadence: quarterly', 'cadence: hang-quy'));
    });
    const result = audit(broken, '2026-11-29');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('thong-bao-hang-quy.yaml');
    expect(result.stderr).toContain('cadence');
  });
});
