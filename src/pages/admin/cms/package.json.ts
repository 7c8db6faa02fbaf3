/** Answers the editing UI's update check with the pinned version, so it never asks a CDN. */
import type { APIRoute } from 'astro';
import { cmsVersion } from '../../../data/cms-files.ts';

export const GET: APIRoute = () => Response.json({ name: '@sveltia/cms', version: cmsVersion() });
