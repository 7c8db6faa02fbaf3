import { describe, expect, it } from 'vitest';
import { fromTelex, telexWord } from '../../src/lib/search/telex.ts';

describe('Telex leftovers', () => {
  it('turns typed Telex back into Vietnamese', () => {
    expect(fromTelex('chuwngs thuwcj ban sao')).toBe('chứng thực ban sao');
    expect(telexWord('ddaats')).toBe('đất');
    expect(telexWord('ddai')).toBe('đai');
    expect(telexWord('nguowif')).toBe('người');
    expect(telexWord('hooj')).toBe('hộ');
    expect(telexWord('ngheof')).toBe('nghèo');
    expect(telexWord('giaays')).toBe('giấy');
    expect(telexWord('quyeenf')).toBe('quyền');
    // Official documents write the mark on the o ("Cộng hòa").
    expect(telexWord('hoaf')).toBe('hòa');
  });

  it('leaves plain words and words without Telex keys alone', () => {
    expect(fromTelex('giay phep xay dung')).toBeUndefined();
    expect(telexWord('UBND')).toBeUndefined();
    expect(fromTelex('19/KH-UBND')).toBeUndefined();
  });
});
