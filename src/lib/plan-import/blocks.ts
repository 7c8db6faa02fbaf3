/**
 * Text blocks of a document (paragraphs and lists) and the rules that turn a table cell of the seed's
 * export into them: HTML fragments (<p>, <ul>, <ol>, often unclosed) and "- " list markers.
 */
import type { Block } from '../../schemas/blocks.ts';
import { decodeEntities, normalizeSpace } from '../text.ts';

export type { Block };

/**
 * Splits "- A; - B" into items. A dash starts an item only after the end of the previous one (";", ".",
 * ":"), so hyphens inside names ("Phòng Văn hóa - Thông tin") stay.
 */
export function splitDashedItems(text: string): string[] {
  return text
    .replace(/^\s*-\s+/, '')
    .split(/(?<=[.;:…])\s+-\s+/u)
    .map(normalizeSpace)
    .filter(Boolean);
}

/** Splits a run of sentences (an <ol> whose item tags were lost) at sentence ends before a capital. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.;])\s+(?=\p{Lu})/u)
    .map(normalizeSpace)
    .filter(Boolean);
}

export interface CellRead {
  blocks: Block[];
  /** Names of the rules applied, for the report. */
  rules: string[];
}

/** Reads one cell of the annex into blocks. */
export function cellBlocks(cell: string): CellRead {
  const rules: string[] = [];
  const text = cell.trim();
  if (!text) return { blocks: [], rules };
  if (!/<\/?(p|ul|ol|li)\b/i.test(text)) {
    if (/^-\s/.test(text)) {
      rules.push('danh sách gạch đầu dòng → danh sách');
      return { blocks: [{ type: 'ul', items: splitDashedItems(text) }], rules };
    }
    return { blocks: [{ type: 'p', text: normalizeSpace(decodeEntities(text)) }], rules };
  }

  const blocks: Block[] = [];
  // Tokens: tags and the text between them. Lists may be unclosed: they end at the next block tag or the cell's end.
  const tokens = text.split(/(<\/?(?:p|ul|ol|li)\b[^>]*>)/i).filter((t) => t.trim() !== '');
  let mode: 'p' | 'ul' | 'ol' | 'none' = 'none';
  for (const token of tokens) {
    const tag = /^<(\/?)(p|ul|ol|li)\b/i.exec(token);
    if (tag) {
      const closing = tag[1] === '/';
      const name = tag[2]!.toLowerCase();
      if (name === 'li') continue;
      mode = closing ? 'none' : (name as 'p' | 'ul' | 'ol');
      continue;
    }
    const content = normalizeSpace(decodeEntities(token));
    if (!content) continue;
    if (mode === 'ul') {
      rules.push('HTML <ul> → danh sách');
      blocks.push({ type: 'ul', items: splitDashedItems(content) });
    } else if (mode === 'ol') {
      rules.push('HTML <ol> mất thẻ mục → tách mục theo câu');
      blocks.push({ type: 'ol', items: splitSentences(content) });
    } else {
      if (mode === 'p') rules.push('HTML <p> → đoạn văn');
      blocks.push({ type: 'p', text: content });
    }
  }
  return { blocks, rules };
}

/** All the text of blocks, for comparisons. */
export function blocksText(blocks: Block[]): string {
  return blocks.map((b) => (b.type === 'p' ? b.text : b.items.join(' '))).join(' ');
}
