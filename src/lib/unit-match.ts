/**
 * Finds the units named in a cell of a source document ("Phòng Tài chính - kế hoạch; UBND các phường, xã")
 * by their names and aliases in the unit list, whatever the case, spacing around hyphens or separators.
 */
import { lowerVi } from './text.ts';

export interface NamedUnit {
  id: string;
  /** Full name, short name and aliases. */
  names: string[];
}

export interface UnitMatch {
  /** Ids of the units named, in the order they appear, each once. */
  ids: string[];
  /** Pieces of the text that name no known unit (for the import report). */
  unmatched: string[];
}

/** Lower case, one kind of hyphen with no spaces around it, single spaces. */
function key(text: string): string {
  return lowerVi(text)
    .replace(/\s*[-–—]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const LETTER = /[\p{L}\p{N}]/u;
/** Words that join names and name nothing themselves. */
const FILLER = new Set(['', 'và', 'các', 'của', '-']);

export function matchUnits(text: string, units: NamedUnit[]): UnitMatch {
  const haystack = key(text);
  const aliases = units
    .flatMap((u) => u.names.map((n) => ({ id: u.id, name: key(n) })))
    .filter((a) => a.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);

  const taken = new Array<boolean>(haystack.length).fill(false);
  const found: { id: string; at: number }[] = [];
  for (const alias of aliases) {
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(alias.name, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + alias.name.length;
      const boundedLeft = at === 0 || !LETTER.test(haystack[at - 1]!);
      const boundedRight = end === haystack.length || !LETTER.test(haystack[end]!);
      if (!boundedLeft || !boundedRight) continue;
      if (taken.slice(at, end).some(Boolean)) continue;
      for (let i = at; i < end; i++) taken[i] = true;
      found.push({ id: alias.id, at });
    }
  }
  const ids = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.id))];
  const rest = [...haystack].map((ch, i) => (taken[i] ? '\u0000' : ch)).join('');
  const unmatched = rest
    // eslint-disable-next-line no-control-regex -- NUL marks the characters already matched; no unit name has one
    .split(/[\u0000;.]+/)
    .map((s) => s.replace(/^[\s,-]+|[\s,-]+$/g, '').trim())
    .filter((s) => !FILLER.has(s) && s.split(/[\s,]+/).some((w) => !FILLER.has(w)));
  return { ids, unmatched };
}
