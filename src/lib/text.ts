/**
 * Text helpers for Vietnamese: NFC, whitespace, and the "compare as text" normalisation that tests and the
 * importer's loss check use.
 */

/** NFC, non-breaking spaces as spaces, runs of whitespace as one space, trimmed. */
export function normalizeSpace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Removes HTML tags, leaving the text between them (with a space where a tag stood). */
export function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITIES[m] ?? m);
}

/**
 * The words of a text as a reader sees them: no tags, no list markers, no emphasis markers, quotes
 * unified, whitespace collapsed. Two texts "say the same" when these are equal.
 */
export function comparableText(text: string): string {
  return normalizeSpace(
    decodeEntities(stripTags(text))
      .replace(/[“”„]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/\*+/g, '')
      .replace(/(^|\s)[-–•](?=\s)/g, ' '),
  );
}

/** Vietnamese-aware lower case for matching names written in different cases. */
export function lowerVi(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi');
}

/** "Kế hoạch số 19/KH-UBND" → "ke-hoach-so-19-kh-ubnd": a URL slug, diacritics and đ folded. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lower case without tone or vowel marks and with đ as d: "Đất đai" → "dat dai". For matching what people type. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
