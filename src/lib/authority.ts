/**
 * Whether the authority behind a record still exists, and who took over its work. Since 1 July 2025
 * district-level authorities are gone: their records stay published, with a notice pointing to successors.
 */
import type { Unit } from '../schemas/unit.ts';

/** A unit's id and the fields that say whether it still exists and who succeeded it. */
export type AuthorityFacts = { id: string } & Pick<Unit, 'name' | 'dissolvedOn' | 'successors'>;

export interface AuthorityStatus {
  active: boolean;
  dissolvedOn?: string | undefined;
  /** Successors that still exist, found by following successors of successors. */
  currentSuccessors: AuthorityFacts[];
}

export function authorityStatus(id: string, lookup: (id: string) => AuthorityFacts | undefined, asOf: string): AuthorityStatus {
  const unit = lookup(id);
  if (!unit) throw new Error(`Không có đơn vị "${id}"`);
  const dissolved = unit.dissolvedOn !== undefined && unit.dissolvedOn <= asOf;
  if (!dissolved) return { active: true, currentSuccessors: [] };

  const found = new Map<string, AuthorityFacts>();
  const visited = new Set<string>([id]);
  const queue = [...unit.successors];
  while (queue.length) {
    const next = queue.shift()!;
    if (visited.has(next)) continue;
    visited.add(next);
    const successor = lookup(next);
    if (!successor) continue;
    if (successor.dissolvedOn !== undefined && successor.dissolvedOn <= asOf) queue.push(...successor.successors);
    else found.set(successor.id, successor);
  }
  return { active: false, dissolvedOn: unit.dissolvedOn, currentSuccessors: [...found.values()] };
}
