import type { APIRoute, GetStaticPaths } from 'astro';
import { unitsWithSchedules } from '../../../data/reception.ts';
import { feedSessions, sessionsIcs } from '../../../data/reception-ics.ts';
import { unitNames } from '../../../data/names.ts';
import { vi } from '../../../i18n/index.ts';

export const getStaticPaths: GetStaticPaths = async () => (await unitsWithSchedules()).map((unit) => ({ params: { unit } }));

export const GET: APIRoute = async ({ params }) => {
  const unit = params['unit']!;
  return sessionsIcs(`${vi.reception.title}: ${(await unitNames()).get(unit) ?? unit}`, await feedSessions(unit));
};
