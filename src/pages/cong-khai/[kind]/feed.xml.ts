import type { APIRoute, GetStaticPaths } from 'astro';
import { disclosureFeed } from '../../../data/feeds.ts';
import { kindByPath, kindKeys } from '../../../data/disclosures.ts';
import { disclosureKinds } from '../../../schemas/disclosures.ts';
import { routes } from '../../../lib/routes.ts';

export const getStaticPaths: GetStaticPaths = () => kindKeys.map((k) => ({ params: { kind: disclosureKinds[k].path } }));

export const GET: APIRoute = ({ params }) => {
  const kind = kindByPath(params['kind']!);
  return disclosureFeed(kind, kind ? routes.disclosureKindFeed(kind) : routes.disclosuresFeed());
};
