/**
 * What a citizen types, turned into the queries the search index understands. Pagefind folds tone marks
 * but treats đ as a letter of its own, so "dat dai" alone never finds "đất đai": each d is also tried as
 * đ. Telex leftovers are converted and abbreviations expanded (both ways). The index itself stays clean:
 * all the work happens on the query.
 */
import { foldVietnamese } from '../text.ts';
import { SYNONYMS } from './synonyms.ts';
import { fromTelex } from './telex.ts';

export interface QueryVariant {
  text: string;
  /** Multiplies the scores of its results: what was typed counts most. */
  weight: number;
}

/** Most variants tried for one query, so a long query does not cost dozens of searches. */
export const MAX_VARIANTS = 24;

function clean(query: string): string {
  return query.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Every spelling of a word with its plain d's optionally read as đ (at most 3 d's: 8 spellings). */
export function dSpellings(word: string): string[] {
  const positions = [...word].flatMap((ch, i) => (ch === 'd' || ch === 'D' ? [i] : [])).slice(0, 3);
  if (positions.length === 0) return [word];
  const out: string[] = [];
  for (let mask = 0; mask < 1 << positions.length; mask++) {
    const chars = [...word];
    positions.forEach((p, bit) => {
      if (mask & (1 << bit)) chars[p] = chars[p] === 'D' ? 'Đ' : 'đ';
    });
    out.push(chars.join(''));
  }
  return out;
}

/** All combinations of the words' spellings, the typed one first. */
function dVariants(text: string, limit: number): string[] {
  const words = text.split(' ');
  let combos: string[][] = [[]];
  for (const w of words) {
    const spellings = dSpellings(w);
    combos = combos.flatMap((c) => spellings.map((s) => [...c, s])).slice(0, limit);
  }
  return combos.map((c) => c.join(' '));
}

/** Replaces phrase `from` in text (compared folded, as whole words) by `to`. */
function replacePhrase(text: string, from: string, to: string): string | undefined {
  const words = text.split(' ');
  const target = foldVietnamese(from).split(' ');
  const folded = words.map(foldVietnamese);
  for (let i = 0; i + target.length <= words.length; i++) {
    if (target.every((t, j) => folded[i + j] === t)) {
      return [...words.slice(0, i), to, ...words.slice(i + target.length)].join(' ');
    }
  }
  return undefined;
}

export function expandQuery(query: string): QueryVariant[] {
  const typed = clean(query);
  if (!typed) return [];
  const bases: QueryVariant[] = [{ text: typed, weight: 1 }];
  const telex = fromTelex(typed);
  if (telex) bases.push({ text: telex, weight: 0.95 });
  // Document numbers and codes ("19/KH-UBND") are also tried as their parts, which is how pages that
  // write them inside sentences get indexed.
  if (/[\p{L}\d][/\-.][\p{L}\d]/u.test(typed)) {
    const parts = typed.replace(/([\p{L}\d])[/-]+(?=[\p{L}\d])/gu, '$1 ');
    if (parts !== typed) bases.push({ text: parts, weight: 0.98 });
  }
  for (const base of [...bases]) {
    for (const [short, long] of SYNONYMS) {
      const expanded = replacePhrase(base.text, short, long);
      if (expanded) bases.push({ text: expanded, weight: base.weight * 0.9 });
      const abbreviated = replacePhrase(base.text, long, short);
      if (abbreviated) bases.push({ text: abbreviated, weight: base.weight * 0.9 });
    }
  }
  const seen = new Set<string>();
  const out: QueryVariant[] = [];
  for (const base of bases) {
    for (const [i, text] of dVariants(base.text, MAX_VARIANTS).entries()) {
      const key = text.toLocaleLowerCase('vi');
      if (seen.has(key)) continue;
      seen.add(key);
      // The spelling as typed keeps the base weight; reading a d as đ costs a little.
      out.push({ text, weight: i === 0 ? base.weight : base.weight * 0.97 });
      if (out.length >= MAX_VARIANTS) return out;
    }
  }
  return out;
}
