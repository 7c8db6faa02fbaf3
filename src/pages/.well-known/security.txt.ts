/**
 * RFC 9116 security contact. Expires is required and must stay within a year, so it is computed from the
 * build date: the daily rebuild keeps it fresh.
 */
import type { APIRoute } from 'astro';
import { getLocality } from '../../data/site.ts';
import { addDays } from '../../lib/calendar/iso.ts';
import { buildDate } from '../../lib/dates.ts';
import { routes } from '../../lib/routes.ts';

export const SECURITY_TXT_DAYS = 180;

export const GET: APIRoute = async () => {
  const locality = await getLocality();
  const body = [
    `Contact: mailto:${locality.email}`,
    `Expires: ${addDays(buildDate(), SECURITY_TXT_DAYS)}T00:00:00.000Z`,
    'Preferred-Languages: vi, en',
    `Canonical: ${new URL(routes.securityTxt(), locality.siteUrl).href}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
