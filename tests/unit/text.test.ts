import { describe, expect, it } from 'vitest';
import { comparableText, foldVietnamese, slugify } from '../../src/lib/text.ts';

describe('Vietnamese text helpers', () => {
  it('folds tones, vowel marks and đ for matching', () => {
    expect(foldVietnamese('Đăng ký  ĐẤT ĐAI lần đầu')).toBe('dang ky dat dai lan dau');
    expect(foldVietnamese('Chứng thực bản sao'.normalize('NFD'))).toBe('chung thuc ban sao');
  });

  it('makes ASCII slugs', () => {
    expect(slugify('19/KH-UBND 2023')).toBe('19-kh-ubnd-2023');
    expect(slugify('Đất đai')).toBe('dat-dai');
  });

  it('compares texts as a reader sees them', () => {
    expect(comparableText('<p>Một  *hai*</p>\n- ba')).toBe('Một hai ba');
  });
});
