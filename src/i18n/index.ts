import { vi, type Dictionary } from './vi.ts';
import { en } from './en.ts';

export { vi };
export type { Dictionary };

/** Widens the dictionary's literal strings so another language can fill the same shape. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { [K in keyof T]: Widen<T[K]> };

/** The strings every page's shell (header, navigation, footer) needs, in any language the site serves. */
export type ShellStrings = Widen<Pick<Dictionary, 'site' | 'nav' | 'footer'>>;

export type Lang = 'vi' | 'en';

export function shellStrings(lang: Lang): ShellStrings {
  return lang === 'en' ? en : vi;
}
