/**
 * Whether the authority behind a record still exists, and who took over its work. Since 1 July 2025
 * district-level authorities are gone: their records stay published, with a notice pointing to successors.
 */
import type { Unit } from '../schemas/unit.ts';

/** A unit's id and the fields that say whether it still exists and who succeeded it. */
export type AuthorityFacts = { id: string } & Pick<Unit, 'name' | 'dissolvedOn' | 'successors'> & { area?: string | undefined };

export interface AuthorityStatus {
  active: boolean;
  dissolvedOn?: string | undefined;
  /** The area the unit itself served (a former ward's committee), which decides its successor as a record's area does. */
  area?: string | undefined;
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
  return {
    active: false,
    dissolvedOn: unit.dissolvedOn,
    ...(unit.area ? { area: unit.area } : {}),
    currentSuccessors: [...found.values()],
  };
}

/** An area's id and the fields that say whether it still exists and which area took it over. */
export type AreaFacts = { id: string; dissolvedOn?: string | undefined; mergedInto?: string | undefined };

/** The area that covers `areaId`'s territory on `asOf`: itself while it exists, else where it was merged, followed to the end. */
export function currentArea(areaId: string, lookup: (id: string) => AreaFacts | undefined, asOf: string): string | undefined {
  const visited = new Set<string>();
  let id: string | undefined = areaId;
  while (id && !visited.has(id)) {
    visited.add(id);
    const area = lookup(id);
    if (!area) return undefined;
    if (area.dissolvedOn === undefined || area.dissolvedOn > asOf) return id;
    id = area.mergedInto;
  }
  return undefined;
}

/**
 * The successors a notice names for one record. A district authority's work went to several wards, but a record
 * about one area (a former ward's budget, say) went to the ward that covers that area today: name only that one.
 * A dissolved unit that served one area (a former ward's committee) is decided by its own area when the record has none.
 * When the area does not single one out (no area, or not exactly one successor serves it), name every current one.
 */
export function successorsFor(
  status: AuthorityStatus,
  recordArea: string | undefined,
  areaLookup: (id: string) => AreaFacts | undefined,
  asOf: string,
): AuthorityFacts[] {
  const area = recordArea ?? status.area;
  const today = area ? currentArea(area, areaLookup, asOf) : undefined;
  if (!today) return status.currentSuccessors;
  const serving = status.currentSuccessors.filter((s) => s.area === today);
  return serving.length === 1 ? serving : status.currentSuccessors;
}
