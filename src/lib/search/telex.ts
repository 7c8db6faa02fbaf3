/**
 * Telex is how most Vietnamese type diacritics: "chuwngs thuwcj" is "chứng thực" typed on a keyboard whose
 * Telex input was off. This turns such leftovers back into Vietnamese, word by word, and leaves words that
 * are not Telex alone.
 */
const TONES: Record<string, number> = { s: 0x0301, f: 0x0300, r: 0x0309, x: 0x0303, j: 0x0323 };
const VOWELS = 'aăâeêioôơuưy';

/** Vowel-shape keys: aa → â, aw → ă, ee → ê, oo → ô, ow → ơ, uw → ư, dd → đ; a lone w after u/o too. */
function shape(word: string): string {
  return word
    .replace(/dd/g, 'đ')
    .replace(/uow/g, 'ươ')
    .replace(/aa/g, 'â')
    .replace(/aw/g, 'ă')
    .replace(/ee/g, 'ê')
    .replace(/oo/g, 'ô')
    .replace(/ow/g, 'ơ')
    .replace(/uw/g, 'ư')
    .replace(/(?<=[^aeiouy]|^)w/g, 'ư');
}

/** Where the tone mark goes: the usual modern rule for Vietnamese vowel clusters. */
function toneIndex(word: string): number {
  const chars = [...word];
  const vowelAt = chars.map((c, i) => (VOWELS.includes(c) ? i : -1)).filter((i) => i >= 0);
  if (vowelAt.length === 0) return -1;
  const withMark = vowelAt.find((i) => 'ăâêôơư'.includes(chars[i]!));
  if (withMark !== undefined) {
    // In "ươ" the mark goes on ơ.
    if (chars[withMark] === 'ư' && chars[withMark + 1] === 'ơ') return withMark + 1;
    return withMark;
  }
  if (vowelAt.length === 1) return vowelAt[0]!;
  // "qu" and "gi" start the word: their u/i are not the vowel.
  let vs = vowelAt;
  if ((chars[0] === 'q' && chars[1] === 'u') || (chars[0] === 'g' && chars[1] === 'i' && vowelAt.length > 1)) vs = vowelAt.slice(1);
  if (vs.length === 1) return vs[0]!;
  const endsWithVowel = vs[vs.length - 1] === chars.length - 1;
  return endsWithVowel ? vs[vs.length - 2]! : vs[vs.length - 1]!;
}

/** One word from Telex, or undefined when it does not look like Telex. */
export function telexWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return undefined;
  let base = lower;
  let tone: number | undefined;
  const last = base[base.length - 1]!;
  if (base.length > 1 && TONES[last] !== undefined && /[aeiouyw]/.test(base.slice(0, -1))) {
    tone = TONES[last];
    base = base.slice(0, -1);
  }
  const shaped = shape(base);
  if (shaped === base && tone === undefined) return undefined;
  if (tone === undefined) return shaped.normalize('NFC');
  const at = toneIndex(shaped);
  if (at < 0) return undefined;
  const chars = [...shaped];
  chars[at] = chars[at]! + String.fromCodePoint(tone);
  return chars.join('').normalize('NFC');
}

/** A query with every Telex-looking word converted, or undefined when nothing changed. */
export function fromTelex(query: string): string | undefined {
  let changed = false;
  const out = query.split(/(\s+)/).map((part) => {
    if (/^\s+$/.test(part) || part === '') return part;
    const v = telexWord(part);
    // A real Vietnamese word typed without marks ("cong", "dan") is not Telex: only accept words whose
    // conversion used Telex keys.
    if (v && v !== part.toLowerCase()) {
      changed = true;
      return v;
    }
    return part;
  });
  return changed ? out.join('') : undefined;
}
