/**
 * Spots personal data that should not be published in an ordinary record: a 12-digit citizen ID number or
 * a Vietnamese mobile phone number. Office landlines (02xx…) and short hotlines are not personal.
 */
export interface PiiMatch {
  kind: 'citizen-id' | 'mobile-phone';
  text: string;
}

const CITIZEN_ID = /(?<![\d.,])\d{12}(?![\d.,])/g;
// 10 digits starting 03, 05, 07, 08 or 09, optionally grouped with spaces or dots; +84 form too.
const MOBILE = /(?<![\d.])(?:\+84[\s.]?|0)[35789]\d(?:[\s.]?\d){7}(?![\d])/g;

export function findPii(text: string): PiiMatch[] {
  // Digits inside web addresses are identifiers of pages, not of people.
  text = text.replace(/https?:\/\/\S+/g, ' ');
  const found: PiiMatch[] = [];
  for (const m of text.matchAll(CITIZEN_ID)) found.push({ kind: 'citizen-id', text: m[0] });
  for (const m of text.matchAll(MOBILE)) found.push({ kind: 'mobile-phone', text: m[0] });
  return found;
}

/** Every string in a value, with its path, for linting whole records. */
export function stringsIn(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsIn(v, [...path, k]));
  return [];
}
