import type { APIRoute } from 'astro';
import { routes } from '../../lib/routes.ts';
import { disclosureFeed } from '../../data/feeds.ts';

export const GET: APIRoute = () => disclosureFeed(undefined, routes.disclosuresFeed());
