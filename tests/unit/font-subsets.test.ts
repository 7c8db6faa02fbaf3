import { describe, expect, it } from 'vitest';
import { FONT_SUBSETS, charactersOf, covers, parseUnicodeRange, unicodeRange } from '../../src/lib/fonts/subsets.ts';

const all = FONT_SUBSETS.flatMap((s) => s.ranges);

describe('font subsets', () => {
  it('carry every letter of the Vietnamese alphabet with every tone, in both cases', () => {
    const vowels = [...'aăâeêioôơuưy'].flatMap((v) =>
      ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((tone) => (v + tone).normalize('NFC')),
    );
    const consonants = [...'bcdđghklmnpqrstvx'];
    const lower = [...vowels, ...consonants];
    const letters = [...lower, ...lower.map((c) => c.toLocaleUpperCase('vi'))];
    // 12 vowels × 6 tones and 17 consonants, in both cases, each one code point in NFC.
    expect(letters.every((c) => [...c].length === 1)).toBe(true);
    expect(letters).toHaveLength((12 * 6 + 17) * 2);
    expect(letters.filter((c) => !covers(all, c.codePointAt(0)!))).toEqual([]);
  });

  it('carry the punctuation the portal prints and the đồng sign', () => {
    for (const c of '–—“”‘’…·−₫ ') expect(covers(all, c.codePointAt(0)!), c).toBe(true);
  });

  it('do not overlap, so no character is downloaded twice', () => {
    const [latin, vietnamese] = FONT_SUBSETS;
    expect([...charactersOf(latin!.ranges)].filter((c) => covers(vietnamese!.ranges, c.codePointAt(0)!))).toEqual([]);
  });

  it('write and read unicode-range the CSS way', () => {
    expect(
      unicodeRange([
        [0x20, 0x7e],
        [0x20ab, 0x20ab],
      ]),
    ).toBe('U+20-7E, U+20AB');
    expect(parseUnicodeRange('U+20-7E, U+20AB')).toEqual([
      [0x20, 0x7e],
      [0x20ab, 0x20ab],
    ]);
  });
});
