/**
 * Every address of the site, built in one place, so that renaming a route is one edit here instead of a
 * hunt through pages (tests/unit/no-route-literals.test.ts keeps it that way). The folders under src/pages
 * are the routes themselves; these helpers are how code links to them. Page addresses end in "/", file
 * addresses end in their extension. Disclosure kinds take their URL segment from src/schemas/disclosures.ts.
 */
import { disclosureKinds, type DisclosureKind } from '../schemas/disclosures.ts';

type Segment = string | number;

/** A page address: "/a/b/" from ("a", "b"); "/" from nothing. */
const page = (...segments: Segment[]): string => (segments.length ? `/${segments.join('/')}/` : '/');
/** A file address: "/a/b.ext". */
const file = (name: string, ...dirs: Segment[]): string => `/${[...dirs, name].join('/')}`;
/** An anchor within a page, when one is given. */
const withHash = (url: string, hash?: string): string => (hash ? `${url}#${hash}` : url);

const procedures = 'thu-tuc-hanh-chinh';
const forms = 'bieu-mau';
const disclosures = 'cong-khai';
const plans = 'ke-hoach';
const reception = 'lich-tiep-cong-dan';
const units = 'co-cau-to-chuc';
const areas = 'dia-ban';
const openData = 'du-lieu-mo';
const questions = 'hoi-dap';
const contact = 'lien-he';
const english = 'en';

export const routes = {
  /** The home page, Vietnamese or English. */
  home: (lang: 'vi' | 'en' = 'vi') => (lang === 'en' ? page(english) : page()),
  /** A Markdown page of content/pages at its `path` ("gioi-thieu", "en"). */
  contentPage: (path: string) => page(path),
  about: () => page('gioi-thieu'),
  accessibility: () => page('tiep-can'),
  accessToInformation: () => page('tiep-can-thong-tin'),
  /** The privacy notice (content/pages/du-lieu-ca-nhan.md): what personal data the portal publishes, and why. */
  privacyNotice: () => page('du-lieu-ca-nhan'),
  favicon: () => file('favicon.svg'),
  /** The RFC 9116 security contact. */
  securityTxt: () => file('security.txt', '.well-known'),

  englishOrganisation: () => page(english, 'organisation'),
  englishContact: () => page(english, 'contact'),

  search: (query?: string) => (query ? `${page('tim-kiem')}?${new URLSearchParams({ q: query })}` : page('tim-kiem')),

  procedures: () => page(procedures),
  procedure: (id: string) => page(procedures, id),
  proceduresInField: (field: string) => page(procedures, 'linh-vuc', field),
  proceduresAtLevel: (level: string) => page(procedures, 'cap', level),

  forms: () => page(forms),
  form: (id: string) => page(forms, id),
  formPdf: (id: string) => file(`${id}.pdf`, forms),
  formDocx: (id: string) => file(`${id}.docx`, forms),
  /** The fonts the form filler embeds in PDFs: "thuong" (regular) or "dam" (bold). */
  formFont: (weight: 'thuong' | 'dam') => file(`${weight}.ttf`, forms, 'phong-chu'),

  disclosures: () => page(disclosures),
  disclosuresFeed: () => file('feed.xml', disclosures),
  disclosureKind: (kind: DisclosureKind) => page(disclosures, disclosureKinds[kind].path),
  /** The RSS feed of one kind. */
  disclosureKindFeed: (kind: DisclosureKind) => file('feed.xml', disclosures, disclosureKinds[kind].path),
  disclosure: (kind: DisclosureKind, id: string) => page(disclosures, disclosureKinds[kind].path, id),
  disclosuresInYear: (year: number) => page(disclosures, 'nam', year),
  /** Disclosures about one area; "toan-dia-ban" for those about the whole locality. */
  disclosuresInArea: (area: string) => page(disclosures, 'dia-ban', area),
  disclosuresByUnit: (unit: string) => page(disclosures, 'don-vi', unit),
  budgetCsv: (id: string) => file(`${id}.csv`, disclosures, disclosureKinds.budgets.path),
  budgetJson: (id: string) => file(`${id}.json`, disclosures, disclosureKinds.budgets.path),
  /** The compliance report, or one obligation in it. */
  complianceReport: (obligation?: string) => withHash(page(disclosures, 'tuan-thu'), obligation),
  /** The catalogue of obligations, or one obligation in it. */
  obligationCatalogue: (obligation?: string) => withHash(page(disclosures, 'danh-muc'), obligation),

  plans: () => page(plans),
  plan: (plan: string) => page(plans, plan),
  planAnnex: (plan: string) => page(plans, plan, 'phu-luc'),
  planPrint: (plan: string) => page(plans, plan, 'ban-in'),
  planItem: (plan: string, item: number) => page(plans, plan, `muc-${item}`),
  planUnit: (plan: string, unit: string) => page(plans, plan, 'don-vi', unit),
  planTask: (plan: string, task: string) => page(plans, plan, 'nhiem-vu', task),

  reception: () => page(reception),
  receptionIcs: () => file('lich.ics', reception),
  /** A month of sessions, "2026-12". */
  receptionMonth: (month: string) => page(reception, 'thang', month),
  receptionUnit: (unit: string) => page(reception, 'don-vi', unit),
  receptionUnitIcs: (unit: string) => file(`${unit}.ics`, reception, 'don-vi'),
  receptionUnitNotice: (unit: string) => page(reception, 'don-vi', unit, 'niem-yet'),
  receptionSessionIcs: (uid: string) => file(`${uid}.ics`, reception, 'su-kien'),

  units: () => page(units),
  unit: (id: string) => page(units, id),
  areas: () => page(areas),
  area: (id: string) => page(areas, id),

  questions: () => page(questions),
  question: (id: string) => page(questions, id),

  contact: () => page(contact),
  contactBooks: () => page(contact, 'danh-ba'),
  contactBook: (area: string) => page(contact, 'danh-ba', area),

  /** The PAPI scores page, or one of its dimensions. */
  papi: (dimension?: number) => withHash(page('papi'), dimension === undefined ? undefined : `chi-so-${dimension}`),

  openData: () => page(openData),
  openDataCsv: (dataset: string) => file(`${dataset}.csv`, openData),
  openDataJson: (dataset: string) => file(`${dataset}.json`, openData),
  openDataSchema: (dataset: string) => file(`${dataset}.schema.json`, openData),

  /** The folder attachments are served from, as the editing UI writes it (no trailing slash). */
  attachmentsFolder: () => '/tep',
  attachment: (name: string) => file(name, 'tep'),

  admin: {
    /** The editing UI's own files, served from the site. */
    cms: () => '/admin/cms',
    iconFont: () => file('material-symbols-outlined.woff2', 'admin', 'phong-chu'),
    lazyLibraries: () => '/admin/thu-vien',
  },
} as const;
