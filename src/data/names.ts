/** Display names of units and areas by id, read once per build. */
import { getCollection } from 'astro:content';
import { areaKinds } from '../schemas/area.ts';

let maps: Promise<{ units: Map<string, string>; areas: Map<string, string> }> | undefined;

function load() {
  maps ??= (async () => {
    const units = new Map((await getCollection('units')).map((u) => [u.id, u.data.name]));
    const areas = new Map(
      (await getCollection('areas')).map((a) => [a.id, `${areaKinds[a.data.kind]} ${a.data.name}${a.data.dissolvedOn ? ` (cũ)` : ''}`]),
    );
    return { units, areas };
  })();
  return maps;
}

export async function unitNames() {
  return (await load()).units;
}

export async function areaNames() {
  return (await load()).areas;
}
