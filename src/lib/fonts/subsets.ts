/**
 * Which characters the self-hosted web font carries. Two files per weight, so a page downloads only what
 * its text uses: the basic Latin letters, digits and the punctuation Vietnamese text needs (including the
 * accented vowels that Latin-1 already has), and the Vietnamese letters outside Latin-1.
 * Text is NFC (the content check enforces it), so no combining marks. Anything else falls back to the system font.
 */
export type Range = readonly [number, number];

export interface FontSubset {
  name: 'latin' | 'vietnamese';
  ranges: readonly Range[];
}

export const FONT_SUBSETS: readonly FontSubset[] = [
  {
    name: 'latin',
    ranges: [
      [0x20, 0x7e], // ASCII
      [0xa0, 0xbf], // no-break space, ·, ², °, «, » …
      [0xc0, 0xc3],
      [0xc8, 0xca],
      [0xcc, 0xcd],
      [0xd2, 0xd5],
      [0xd9, 0xda],
      [0xdd, 0xdd], // À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý
      [0xd7, 0xd7],
      [0xf7, 0xf7], // × ÷
      [0xe0, 0xe3],
      [0xe8, 0xea],
      [0xec, 0xed],
      [0xf2, 0xf5],
      [0xf9, 0xfa],
      [0xfd, 0xfd], // à á â ã è é ê ì í ò ó ô õ ù ú ý
      [0x2013, 0x2014],
      [0x2018, 0x2019],
      [0x201c, 0x201d],
      [0x2026, 0x2026],
      [0x2039, 0x203a],
      [0x2212, 0x2212], // – — ‘ ’ “ ” … ‹ › −
    ],
  },
  {
    name: 'vietnamese',
    ranges: [
      [0x102, 0x103],
      [0x110, 0x111],
      [0x128, 0x129],
      [0x168, 0x169],
      [0x1a0, 0x1a1],
      [0x1af, 0x1b0], // Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư
      [0x1ea0, 0x1ef9], // Ạ … ỹ
      [0x20ab, 0x20ab], // ₫
    ],
  },
];

export const FONT_WEIGHTS = [400, 700] as const;

/** The CSS `unicode-range` value for a subset: "U+20-7E, U+A0-BF, …". */
export function unicodeRange(ranges: readonly Range[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase();
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

/** Every character of a subset, for the font subsetter. */
export function charactersOf(ranges: readonly Range[]): string {
  return ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join('');
}

/** Parses a CSS `unicode-range` back into ranges (used to check the built CSS). */
export function parseUnicodeRange(value: string): Range[] {
  return value.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as const;
  });
}

export const covers = (ranges: readonly Range[], codePoint: number) => ranges.some(([a, b]) => codePoint >= a && codePoint <= b);
