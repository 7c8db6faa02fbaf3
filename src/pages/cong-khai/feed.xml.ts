import type { APIRoute } from 'astro';
import { disclosureFeed } from '../../data/feeds.ts';

export const GET: APIRoute = () => disclosureFeed(undefined, '/cong-khai/feed.xml');
