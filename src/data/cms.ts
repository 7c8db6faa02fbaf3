/** The editing UI's configuration for this deployment: every collection but imported plans, from the schemas. */
import { stringify } from 'yaml';
import { collectionDefs, type CollectionName } from '../schemas/index.ts';
import { cmsConfig } from '../lib/cms/config.ts';
import { jsonSchemaOf } from '../lib/schema/json-schema.ts';
import { getLocality } from './site.ts';

/** The field a reference to each collection shows and searches. */
const displayFields: Partial<Record<CollectionName, string>> = { units: 'name', areas: 'name', procedures: 'name', contacts: 'area', holidays: 'year', papiScores: 'year', planProgress: 'task' };

export async function cmsConfigYaml(mode: 'repository' | 'practice'): Promise<string> {
  const locality = await getLocality();
  const repo = locality.editingRepo;
  // Plans come from seeds/ through the importer; editing them by hand would be lost on the next import.
  const { plans: _imported, ...editable } = collectionDefs;
  const backend =
    mode === 'practice' || !repo
      ? { name: 'test-repo' }
      : { name: repo.backend, repo: repo.repo, branch: repo.branch, ...(repo.baseUrl ? { base_url: repo.baseUrl } : {}), commit_messages: { create: 'Thêm {{collection}} “{{slug}}”', update: 'Sửa {{collection}} “{{slug}}”', delete: 'Xóa {{collection}} “{{slug}}”' } };
  const { config } = cmsConfig(editable, (def) => jsonSchemaOf(def.schema), {
    contentDir: 'content',
    backend,
    displayField: (c) => displayFields[c] ?? 'title',
    editable: (c) => c in editable,
  });
  return stringify(config, { lineWidth: 0 });
}
