import type { APIRoute } from 'astro';
import { feedSessions, sessionsIcs } from '../../data/reception-ics.ts';
import { vi } from '../../i18n/index.ts';

export const GET: APIRoute = async () => sessionsIcs(vi.reception.title, await feedSessions());
