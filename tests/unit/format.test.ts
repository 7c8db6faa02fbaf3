import { describe, expect, it } from 'vitest';
import { formatBytes, formatChange, formatDecimal, formatNumber, formatPercent, formatVnd } from '../../src/lib/format.ts';

describe('numbers in vi-VN', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatVnd(200000)).toBe('200.000 đồng');
    expect(formatBytes(31843)).toBe('31,1 KB');
    expect(formatBytes(900)).toBe('900 byte');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3 MB');
  });
});

describe('scores and shares', () => {
  it('prints scores with two decimals and a decimal comma', () => {
    expect(formatDecimal(5.3)).toBe('5,30');
    expect(formatDecimal(4.411)).toBe('4,41');
  });

  it('signs a change with plus or a true minus sign', () => {
    expect(formatChange(0.25)).toBe('+0,25');
    expect(formatChange(-0.1)).toBe('−0,10');
    expect(formatChange(0)).toBe('0,00');
  });

  it('writes shares as whole percentages', () => {
    expect(formatPercent(0.875)).toBe('88%');
    expect(formatPercent(1)).toBe('100%');
  });
});
