/** The editing UI's configuration for this deployment: the collections the manifest marks as edited there, from the schemas. */
import { stringify } from 'yaml';
import { collectionDefs } from '../collections.ts';
import { cmsConfig } from '../lib/cms/config.ts';
import { jsonSchemaOf } from '../lib/schema/json-schema.ts';
import { getLocality } from './site.ts';

export async function cmsConfigYaml(mode: 'repository' | 'practice'): Promise<string> {
  const locality = await getLocality();
  const repo = locality.editingRepo;
  const backend =
    mode === 'practice' || !repo
      ? { name: 'test-repo' }
      : {
          name: repo.backend,
          repo: repo.repo,
          branch: repo.branch,
          ...(repo.baseUrl ? { base_url: repo.baseUrl } : {}),
          commit_messages: {
            create: 'Thêm {{collection}} “{{slug}}”',
            update: 'Sửa {{collection}} “{{slug}}”',
            delete: 'Xóa {{collection}} “{{slug}}”',
          },
        };
  const { config } = cmsConfig(collectionDefs, (def) => jsonSchemaOf(def.schema), { contentDir: 'content', backend });
  return stringify(config, { lineWidth: 0 });
}
