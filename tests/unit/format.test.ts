import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, formatVnd } from '../../src/lib/format.ts';

describe('numbers in vi-VN', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatVnd(200000)).toBe('200.000 đồng');
    expect(formatBytes(31843)).toBe('31,1 KB');
    expect(formatBytes(900)).toBe('900 byte');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3 MB');
  });
});
