/** The main sections, in the order of the navigation bar. Labels come from the dictionary. */
export const mainSections = [
  { key: 'plan', href: '/ke-hoach/' },
  { key: 'disclosures', href: '/cong-khai/' },
  { key: 'reception', href: '/lich-tiep-cong-dan/' },
  { key: 'procedures', href: '/thu-tuc-hanh-chinh/' },
  { key: 'forms', href: '/bieu-mau/' },
  { key: 'search', href: '/tim-kiem/' },
] as const;

export type SectionKey = (typeof mainSections)[number]['key'];

/** The section a path belongs to, for aria-current in the navigation. */
export function sectionOf(pathname: string): SectionKey | undefined {
  return mainSections.find((s) => pathname === s.href || pathname.startsWith(s.href))?.key;
}
