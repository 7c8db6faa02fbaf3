/**
 * One content check per build, shared by the build gate and the collection loaders, so every content
 * file is read, parsed and validated once: the gate (loaded with the Astro config) fills this, the loaders
 * (loaded by Vite, a separate module instance) read the same result through globalThis. In `astro dev` a
 * loader forgets the result when a watched file changes, and the next read checks the content again.
 */
import path from 'node:path';
import { buildDate } from '../dates.ts';
import { checkContent, type CheckResult } from './check.ts';

const checked = ((globalThis as Record<symbol, unknown>)[Symbol.for('portal.content.checked')] ??= new Map()) as Map<string, CheckResult>;

const keyOf = (contentRoot: string, today: string) => `${path.resolve(contentRoot)}\n${today}`;

/** The result of checkContent for this content folder and day, checked on first use. */
export function checkedContent(contentRoot: string, today = buildDate()): CheckResult {
  const key = keyOf(contentRoot, today);
  let result = checked.get(key);
  if (!result) {
    result = checkContent(contentRoot, today);
    checked.set(key, result);
  }
  return result;
}

/** Drops the results for a content folder (a file in it changed), whatever day they were checked for. */
export function forgetCheckedContent(contentRoot: string): void {
  const prefix = keyOf(contentRoot, '');
  for (const key of checked.keys()) if (key.startsWith(prefix)) checked.delete(key);
}
