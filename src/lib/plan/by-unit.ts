/** For each unit named in a plan, the tasks it leads and those it coordinates, in plan order. */
export function tasksByUnit<T extends { lead: string[]; coordinators: string[] }>(
  tasks: T[],
): Map<string, { lead: T[]; coordinator: T[] }> {
  const units = new Map<string, { lead: T[]; coordinator: T[] }>();
  const entry = (id: string) => {
    let e = units.get(id);
    if (!e) units.set(id, (e = { lead: [], coordinator: [] }));
    return e;
  };
  for (const t of tasks) {
    for (const id of t.lead) entry(id).lead.push(t);
    for (const id of t.coordinators) if (!t.lead.includes(id)) entry(id).coordinator.push(t);
  }
  return units;
}
