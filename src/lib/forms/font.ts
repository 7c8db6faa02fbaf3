/**
 * The characters a form's PDF must be able to show: all of Vietnamese, ASCII, the punctuation of official
 * forms, and whatever else the form definitions use. The PDF font is subset to these.
 */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

export const VIETNAMESE_REPERTOIRE =
  range(0x20, 0x7e) +
  'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư' +
  range(0x1ea0, 0x1ef9) +
  // Combining marks, for text typed in decomposed form.
  '\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b' +
  '–—‘’“”…•·°₫§№×☐☑✓';

/** The repertoire plus every other character found in `texts`, each once. */
export function formCharacters(texts: string[]): string {
  const chars = new Set([...VIETNAMESE_REPERTOIRE]);
  for (const t of texts) for (const ch of t.normalize('NFC')) chars.add(ch);
  return [...chars].sort().join('');
}
