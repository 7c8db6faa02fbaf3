/**
 * Rules that a schema alone cannot express, because they compare fields or entries.
 * Each returns the field path it is about and a message in Vietnamese.
 */
import type { CollectionName } from '../../schemas/index.ts';
import type { CheckedContent, CheckedEntry } from './check.ts';

export interface RuleProblem {
  path: (string | number)[];
  message: string;
}

type Rule = (entry: CheckedEntry, content: CheckedContent) => RuleProblem[];

export const collectionRules: Partial<Record<CollectionName, Rule>> = {
  units(entry) {
    const d = entry.data as { successors?: string[]; dissolvedOn?: string; parent?: string };
    const found: RuleProblem[] = [];
    if (d.successors?.length && !d.dissolvedOn)
      found.push({ path: ['successors'], message: 'chỉ ghi cơ quan kế thừa khi đơn vị đã có ngày chấm dứt hoạt động' });
    if (d.parent === entry.id) found.push({ path: ['parent'], message: 'một đơn vị không thể trực thuộc chính nó' });
    return found;
  },
  areas(entry) {
    const d = entry.data as { mergedInto?: string; dissolvedOn?: string };
    const found: RuleProblem[] = [];
    if (d.mergedInto && !d.dissolvedOn)
      found.push({ path: ['dissolvedOn'], message: 'cần ngày chấm dứt khi đã ghi "Nay thuộc"' });
    if (d.mergedInto === entry.id) found.push({ path: ['mergedInto'], message: 'một địa bàn không thể sáp nhập vào chính nó' });
    return found;
  },
  pages(entry) {
    const d = entry.data as { lang: string; path: string };
    const isEnglishPath = d.path === 'en' || d.path.startsWith('en/');
    if (d.lang === 'en' && !isEnglishPath) return [{ path: ['path'], message: 'trang tiếng Anh phải có địa chỉ bắt đầu bằng "en/"' }];
    if (d.lang === 'vi' && isEnglishPath) return [{ path: ['lang'], message: 'trang dưới "en/" phải có ngôn ngữ "en"' }];
    return [];
  },
};
