/** The main sections, in the order of the navigation bar. Labels come from the dictionary. */
import { routes } from './routes.ts';
export const mainSections = [
  { key: 'plan', href: routes.plans() },
  { key: 'disclosures', href: routes.disclosures() },
  { key: 'reception', href: routes.reception() },
  { key: 'procedures', href: routes.procedures() },
  { key: 'forms', href: routes.forms() },
  { key: 'search', href: routes.search() },
] as const;

export type SectionKey = (typeof mainSections)[number]['key'];

/** The section a path belongs to, for aria-current in the navigation. */
export function sectionOf(pathname: string): SectionKey | undefined {
  return mainSections.find((s) => pathname === s.href || pathname.startsWith(s.href))?.key;
}
