/**
 * Pages read content through src/data, where each collection is read, filtered (publication dates, names
 * past their posting period) and sorted once for every page, feed and export: a page calling
 * getCollection or getEntry itself would skip that.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const scanned = ['src/pages', 'src/components', 'src/layouts'];

describe('pages through src/data', () => {
  it('has no page, component or layout reading a collection directly', () => {
    const direct = scanned.flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(astro|ts|tsx)$/.test(f))
        .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
        .filter((f) => /\b(getCollection|getEntry|getEntries)\s*\(/.test(readFileSync(path.join(root, f), 'utf8'))),
    );
    expect(direct, 'Trang đọc thẳng bộ nội dung; hãy đọc qua một hàm trong src/data').toEqual([]);
  });
});
