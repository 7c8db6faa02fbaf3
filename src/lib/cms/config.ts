/**
 * The editing UI's configuration (Sveltia CMS, Decap-compatible), generated from the same zod schemas the
 * build validates with: every collection, field, label, required flag, choice and reference comes from
 * src/schemas, so the editor and the checker cannot drift apart; which collections are in it, and what a
 * reference to one shows, come from the collection manifest (src/collections.ts). Fields the UI cannot
 * represent (free-form maps) are left out and listed, to be edited in the file.
 */
import type { CollectionDef, CollectionName } from '../../collections.ts';
import { routes } from '../routes.ts';
import { requiredFields, unwrap, type JsonSchema } from '../schema/json-schema.ts';

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  [option: string]: unknown;
}

export interface CmsCollection {
  name: string;
  label: string;
  [option: string]: unknown;
}

export interface CmsOptions {
  /** Where content/ is inside the repository ("content"). */
  contentDir: string;
  backend: Record<string, unknown>;
}

/** The collections in the UI, by name: a reference to one shows its manifest's `editing.displayField`; to any other, plain text. */
export type EditedCollections = Partial<Record<CollectionName, CollectionDef>>;

/** Fields written as longer text (a textarea) rather than one line. */
const LONG_TEXT = new Set([
  'summary',
  'question',
  'answer',
  'description',
  'note',
  'notes',
  'scope',
  'result',
  'requirements',
  'recordNote',
  'text',
  'limitBasis',
]);

export interface FieldsResult {
  fields: CmsField[];
  /** Dotted paths of the fields left out because the UI cannot edit them. */
  skipped: string[];
}

export function cmsFields(
  schema: JsonSchema,
  def: Pick<CollectionDef, 'refs'>,
  edited: EditedCollections,
  path: string[] = [],
): FieldsResult {
  const skipped: string[] = [];
  const required = new Set(requiredFields(schema));
  const fields: CmsField[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const field = cmsField(name, property, [...path, name], required.has(name), def, edited, skipped);
    if (field) fields.push(field);
  }
  return { fields, skipped };
}

function cmsField(
  name: string,
  input: JsonSchema,
  path: string[],
  required: boolean,
  def: Pick<CollectionDef, 'refs'>,
  edited: EditedCollections,
  skipped: string[],
): CmsField | undefined {
  const { schema } = unwrap(input);
  const base: CmsField = { name, label: schema.title ?? name, widget: 'string', required };
  // A null default means "none": the UI leaves the field empty and out of the file.
  if (schema.default !== undefined && schema.default !== null) base.default = schema.default;
  const ref = def.refs.find((r) => r.field === path.join('.'));
  // A reference to a collection the UI does not edit (imported plans) stays a plain text field.
  const target = ref ? edited[ref.to]?.editing : undefined;
  if (ref && target) {
    const relation = {
      widget: 'relation',
      collection: ref.to,
      value_field: '{{slug}}',
      search_fields: [target.displayField],
      display_fields: [target.displayField],
    };
    return schema.type === 'array' ? { ...base, ...relation, multiple: true } : { ...base, ...relation };
  }
  if (schema.enum) {
    const labels = schema['x-labels'] ?? {};
    return {
      ...base,
      widget: 'select',
      options: schema.enum.filter((v) => v !== null).map((v) => ({ label: labels[String(v)] ?? String(v), value: v })),
    };
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'date')
        return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false };
      return { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string' };
    case 'integer':
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: type === 'integer' ? 'int' : 'float',
        ...(schema.minimum !== undefined && schema.minimum > -1e15 ? { min: schema.minimum } : {}),
        ...(schema.maximum !== undefined && schema.maximum < 1e15 ? { max: schema.maximum } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean', default: schema.default ?? false };
    case 'array': {
      const item = unwrap(schema.items ?? {}).schema;
      const list = {
        ...base,
        widget: 'list',
        ...(schema.minItems ? { min: schema.minItems } : {}),
        ...(schema.maxItems ? { max: schema.maxItems } : {}),
      };
      if (item.type === 'object' && item.properties) {
        const nested = cmsFields(item, def, edited, [...path, '*']);
        skipped.push(...nested.skipped);
        return { ...list, fields: nested.fields };
      }
      const single = cmsField(name, item, [...path, '*'], true, def, edited, skipped);
      return single ? { ...list, field: { ...single, label: base.label } } : undefined;
    }
    case 'object': {
      if (!schema.properties || Object.keys(schema.properties).length === 0) {
        skipped.push(path.join('.'));
        return undefined;
      }
      const nested = cmsFields(schema, def, edited, path);
      skipped.push(...nested.skipped);
      return { ...base, widget: 'object', fields: nested.fields };
    }
    default:
      skipped.push(path.join('.'));
      return undefined;
  }
}

export function cmsCollection(
  name: CollectionName,
  def: CollectionDef,
  schema: JsonSchema,
  options: CmsOptions,
  edited: EditedCollections,
): { collection: CmsCollection; skipped: string[] } {
  const { fields, skipped } = cmsFields(schema, def, edited);
  const label = def.label.charAt(0).toLocaleUpperCase('vi') + def.label.slice(1);
  const identifier = ['title', 'name', 'year'].find((f) => schema.properties?.[f]) ?? fields[0]?.name;
  if ('file' in def.source) {
    return { collection: { name, label, files: [{ name, label, file: `${options.contentDir}/${def.source.file}`, fields }] }, skipped };
  }
  const markdown = def.source.format === 'md';
  // No code-block component: the site's bodies have no code, and its highlighter (Shiki) would be imported
  // at run time from a CDN, which the editing UI's policy refuses (src/lib/cms/self-host.ts).
  const body: CmsField = { name: 'body', label: 'Nội dung', widget: 'markdown', required: false, editor_components: ['image'] };
  return {
    collection: {
      name,
      label,
      folder: `${options.contentDir}/${def.source.dir}`,
      extension: markdown ? 'md' : 'yaml',
      format: markdown ? 'frontmatter' : 'yaml',
      create: true,
      ...(identifier ? { identifier_field: identifier } : {}),
      slug: '{{slug}}',
      fields: markdown ? [...fields, body] : fields,
    },
    skipped,
  };
}

/** The configuration for the collections of `defs` whose manifest entry puts them in the editing UI. */
export function cmsConfig(
  defs: Partial<Record<CollectionName, CollectionDef>>,
  schemaOf: (def: CollectionDef) => JsonSchema,
  options: CmsOptions,
) {
  const skipped: Record<string, string[]> = {};
  const edited: EditedCollections = Object.fromEntries(Object.entries(defs).filter(([, def]) => def.editing !== false));
  const collections = (Object.entries(edited) as [CollectionName, CollectionDef][]).map(([name, def]) => {
    const built = cmsCollection(name, def, schemaOf(def), options, edited);
    if (built.skipped.length) skipped[name] = built.skipped;
    return built.collection;
  });
  return {
    config: {
      backend: options.backend,
      // Attachments live under content/files/ and are served at /tep/.
      media_folder: `${options.contentDir}/files`,
      public_folder: routes.attachmentsFolder(),
      slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
      // An optional field left empty is left out of the file, as the schemas expect: otherwise the UI
      // writes `publishAt: ''` and `postingPeriod: null`, which the content check rightly refuses.
      output: { omit_empty_optional_fields: true },
      collections,
    },
    skipped,
  };
}
