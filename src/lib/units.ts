/** The organisation chart: current units under their parents, and former units apart, kept for old records. */
export interface UnitLike {
  id: string;
  data: { name: string; parent?: string | undefined; dissolvedOn?: string | undefined };
}

export interface UnitNode<T extends UnitLike> {
  unit: T;
  children: UnitNode<T>[];
}

export function isDissolved(unit: UnitLike, asOf: string): boolean {
  return unit.data.dissolvedOn !== undefined && unit.data.dissolvedOn <= asOf;
}

export function organisationTree<T extends UnitLike>(units: T[], asOf: string): { current: UnitNode<T>[]; former: UnitNode<T>[] } {
  const byId = new Map(units.map((u) => [u.id, u]));
  const byName = (a: UnitNode<T>, b: UnitNode<T>) => a.unit.data.name.localeCompare(b.unit.data.name, 'vi');
  const build = (dissolved: boolean): UnitNode<T>[] => {
    const inTree = units.filter((u) => isDissolved(u, asOf) === dissolved);
    const node = (u: T): UnitNode<T> => ({
      unit: u,
      children: inTree
        .filter((c) => c.data.parent === u.id)
        .map(node)
        .sort(byName),
    });
    // A root is a unit whose parent is absent or belongs to the other tree.
    return inTree
      .filter((u) => {
        const parent = u.data.parent ? byId.get(u.data.parent) : undefined;
        return !parent || isDissolved(parent, asOf) !== dissolved;
      })
      .map(node)
      .sort(byName);
  };
  return { current: build(false), former: build(true) };
}
