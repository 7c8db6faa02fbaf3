import type { APIRoute, GetStaticPaths } from 'astro';
import { disclosureFeed } from '../../../data/feeds.ts';
import { kindByPath, kindKeys } from '../../../data/disclosures.ts';
import { disclosureKinds } from '../../../schemas/disclosures.ts';

export const getStaticPaths: GetStaticPaths = () => kindKeys.map((k) => ({ params: { kind: disclosureKinds[k].path } }));

export const GET: APIRoute = ({ params }) => disclosureFeed(kindByPath(params['kind']!), `/cong-khai/${params['kind']}/feed.xml`);
