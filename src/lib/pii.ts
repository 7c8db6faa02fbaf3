/**
 * Spots personal data (Law on Personal Data Protection 91/2025/QH15) written in a record: citizen ID
 * numbers, phone numbers and e-mail addresses of people, in the forms people actually write them.
 *
 * What is flagged, and why:
 * - citizen-id: a 12-digit citizen ID (CCCD, always starting with the 0 of its province code) or a 9-digit
 *   old identity card number (CMND). Plain ("033090001234"), grouped with spaces, dots or dashes
 *   ("033 090 001 234", "033.090.001.234"), followed by any punctuation. A 9-digit number grouped with dots
 *   and not starting with 0 is an amount ("123.456.789"), and a plain one followed by a currency word is
 *   an amount too ("150000000 đồng"): neither is flagged.
 * - mobile-phone: 10 digits starting 03, 05, 07, 08, 09 and the old 11-digit mobiles (012x, 016x, 018x,
 *   019x); with +84, 84 or (+84) instead of the 0; grouped with spaces, dots or dashes.
 * - landline-phone: other numbers of 10–11 digits starting with 0 ("0221 3862 000", "(0221) 3862 000").
 *   A home line is as personal as a mobile.
 * - email: any address whose domain is not official (ending in .gov.vn, or the locality's own site domain).
 *
 * Numbers the locality publishes as public contacts are never flagged: any number written as the hotline
 * or phone of the locality (locality.yaml) or of a unit (units/), and landlines written as an office phone
 * in contacts/ or in a reception schedule. A mobile written as a person's "office phone" is still flagged.
 * Dates (12/03/2026), amounts (1.200.000), document numbers (19/KH-UBND), procedure codes (1.001193) and
 * short hotlines (1022, 1900…) are not numbers of 9–12 digits starting as above, so they are left alone.
 */
export type PiiKind = 'citizen-id' | 'mobile-phone' | 'landline-phone' | 'email';

export interface PiiMatch {
  kind: PiiKind;
  text: string;
}

/** Contacts the locality publishes on purpose: not personal data wherever they appear. */
export interface PublicContacts {
  /** Phone numbers as digits only, national form (0…). */
  numbers: Set<string>;
  /** E-mail addresses, lower case. */
  emails: Set<string>;
  /** Domains whose addresses are official besides *.gov.vn (the locality's site), lower case. */
  domains: string[];
}

export const noPublicContacts: PublicContacts = { numbers: new Set(), emails: new Set(), domains: [] };

// A digit, or a digit and one separator, must not stand right before or after a number: that would make it
// part of a longer number, a date (12/03/2026) or a decimal (1,5).
const BEFORE = String.raw`(?<!\d)(?<!\d[ .,\-/])`;
const AFTER = String.raw`(?![ .,\-/]?\d)`;
const SEP = String.raw`[ .\-]?`;

const COUNTRY_CODE_PHONE = new RegExp(String.raw`(?<![\d+])(?:\(\+?84\)|\+84|(?<!\d[ .,\-/])84)${SEP}[1-9](?:${SEP}\d){7,9}${AFTER}`, 'g');
const NATIONAL_PHONE = new RegExp(String.raw`${BEFORE}(?:\(0\d{2,3}\) ?\d(?:${SEP}\d){5,7}|0(?:${SEP}\d){9,10})${AFTER}`, 'g');
const CCCD = new RegExp(String.raw`${BEFORE}0(?:${SEP}\d){11}${AFTER}`, 'g');
const CMND = new RegExp(
  String.raw`${BEFORE}\d(?:[ \-]?\d){8}${AFTER}(?!\s?(?:đồng|đ(?!\p{L})|VNĐ|VND|triệu|tỷ|nghìn))|${BEFORE}0(?:\.?\d){8}${AFTER}`,
  'giu',
);
const EMAIL = /[\p{L}\d._%+-]+@[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)+/giu;

/** "+84 912 345 678" → "0912345678"; "(0221) 3862 000" → "02213862000". */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  return /^\(?\+?84/.test(text.trim()) ? `0${digits.slice(2)}` : digits;
}

function phoneKind(digits: string): 'mobile-phone' | 'landline-phone' | undefined {
  if (/^0[35789]\d{8}$/.test(digits) || /^01[2689]\d{8}$/.test(digits)) return 'mobile-phone';
  if (/^0[2-9]\d{8,9}$/.test(digits)) return 'landline-phone';
  return undefined;
}

function officialEmail(address: string, contacts: PublicContacts): boolean {
  const lower = address.toLowerCase();
  const domain = lower.slice(lower.lastIndexOf('@') + 1);
  return (
    domain === 'gov.vn' ||
    domain.endsWith('.gov.vn') ||
    contacts.domains.some((d) => domain === d || domain.endsWith(`.${d}`)) ||
    contacts.emails.has(lower)
  );
}

export function findPii(text: string, contacts: PublicContacts = noPublicContacts): PiiMatch[] {
  // Digits inside web addresses are identifiers of pages, not of people.
  let rest = text.replace(/(?:https?|ftp):\/\/\S+/g, (url) => ' '.repeat(url.length));
  const found: PiiMatch[] = [];
  const take = (pattern: RegExp, classify: (match: string) => PiiKind | undefined) => {
    rest = rest.replace(pattern, (match) => {
      const kind = classify(match);
      if (kind) found.push({ kind, text: match.trim() });
      // A match is blanked so that a shorter pattern does not find a piece of it again.
      return kind ? '#'.repeat(match.length) : match;
    });
  };
  take(EMAIL, (m) => (officialEmail(m, contacts) ? undefined : 'email'));
  const phone = (m: string) => {
    const digits = phoneDigits(m);
    const kind = phoneKind(digits);
    if (!kind || contacts.numbers.has(digits)) return undefined;
    return kind;
  };
  take(COUNTRY_CODE_PHONE, phone);
  take(CCCD, () => 'citizen-id');
  take(NATIONAL_PHONE, phone);
  take(CMND, () => 'citizen-id');
  // In the order they stand in the text, each once.
  const seen = new Set<string>();
  return found
    .map((m) => ({ ...m, at: text.indexOf(m.text) }))
    .sort((a, b) => a.at - b.at)
    .filter((m) => !seen.has(m.kind + m.text) && seen.add(m.kind + m.text))
    .map(({ kind, text: t }) => ({ kind, text: t }));
}

type Data = Record<string, unknown>;

/**
 * The contacts the locality publishes on purpose, read from the raw content: its own hotline, phone, e-mail
 * and site; its units' phones and e-mails; office landlines in contacts/ and reception schedules.
 */
export function publicContactsOf(content: { locality: Data[]; units: Data[]; contacts: Data[]; receptions: Data[] }): PublicContacts {
  const numbers = new Set<string>();
  const emails = new Set<string>();
  const domains: string[] = [];
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  // A number written without quotes in YAML arrives as a number without its leading 0.
  const digitsOf = (v: unknown) => {
    const s = str(v);
    if (s === undefined) return undefined;
    const d = phoneDigits(s);
    return typeof v === 'number' ? `0${d}` : d;
  };
  const organisation = (v: unknown) => {
    const d = digitsOf(v);
    if (d) numbers.add(d);
  };
  const office = (v: unknown) => {
    const d = digitsOf(v);
    if (d && phoneKind(d) === 'landline-phone') numbers.add(d);
  };
  for (const l of content.locality) {
    organisation(l['hotline']);
    organisation(l['phone']);
    const email = str(l['email']);
    if (email) emails.add(email.toLowerCase());
    const site = str(l['siteUrl']);
    if (site && URL.canParse(site)) domains.push(new URL(site).hostname.toLowerCase().replace(/^www\./, ''));
  }
  for (const u of content.units) {
    organisation(u['phone']);
    const email = str(u['email']);
    if (email) emails.add(email.toLowerCase());
  }
  for (const c of content.contacts) {
    for (const p of Array.isArray(c['people']) ? (c['people'] as Data[]) : []) office(p['workPhone']);
  }
  for (const r of content.receptions) {
    const official = r['official'];
    if (official && typeof official === 'object') office((official as Data)['phone']);
  }
  return { numbers, emails, domains };
}

/** What the editor reads for each finding: what it is, and what to do instead. */
export function piiMessage(match: PiiMatch): string {
  const law = 'dữ liệu cá nhân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15)';
  switch (match.kind) {
    case 'citizen-id':
      return `có số giống số định danh cá nhân, căn cước hoặc chứng minh nhân dân (${match.text}); đây là ${law}, không đăng lên cổng, kể cả trong danh sách niêm yết`;
    case 'mobile-phone':
      return `có số điện thoại di động (${match.text}); số của người dân là ${law}: chỉ đăng số máy cơ quan hoặc đường dây nóng đã ghi trong content/locality.yaml hay content/units/`;
    case 'landline-phone':
      return `có số điện thoại cố định (${match.text}) không có trong danh bạ công khai; nếu là số cơ quan, ghi số đó vào content/units/, content/contacts/ hoặc content/locality.yaml; số nhà riêng là ${law}, không đăng`;
    case 'email':
      return `có địa chỉ thư điện tử không phải của cơ quan (${match.text}); thư riêng là ${law}: chỉ đăng địa chỉ đuôi .gov.vn hoặc của cổng này`;
  }
}

/** Every string in a value, with its path, for linting whole records. */
export function stringsIn(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsIn(v, [...path, k]));
  return [];
}
