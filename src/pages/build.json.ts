/** When and "as of" which day the site was built: date-dependent pages (overdue tasks, names of people) depend on it. */
import type { APIRoute } from 'astro';
import { buildDate } from '../lib/dates.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ builtOn: buildDate() }), { headers: { 'content-type': 'application/json' } });
