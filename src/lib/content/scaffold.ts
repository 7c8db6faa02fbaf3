/**
 * A new record with every required field filled, from the collection's JSON Schema: today's date in date
 * fields, the first existing unit or area in references, the first choice in choices, "[…]" placeholders
 * in text for the editor to replace, and `draft: true` so nothing is published before it is finished.
 */
import { requiredFields, unwrap, type JsonSchema } from '../schema/json-schema.ts';

export interface ScaffoldContext {
  today: string;
  /** An existing id for a reference at this field path ("issuingAuthority", "official.unit"), if the field is one. */
  reference(path: string[]): string | undefined;
  phone: string;
  email: string;
  url: string;
}

const placeholder = (title: string | undefined) => `[${title ?? 'Điền nội dung'}]`;

/** The body a new Markdown record starts with. */
export const SCAFFOLD_BODY = 'Viết nội dung ở đây.';

/** A value the scaffold left for the editor to replace: a whole "[…]" placeholder, or the starting body. */
export function isScaffoldPlaceholder(text: string): boolean {
  const t = text.trim();
  return t === SCAFFOLD_BODY || /^\[[^[\]\n]+\]$/.test(t);
}

export function scaffoldValue(input: JsonSchema, ctx: ScaffoldContext, path: string[] = []): unknown {
  const { schema, nullable } = unwrap(input);
  const reference = ctx.reference(path);
  if (reference) return reference;
  if (schema.const !== undefined) return schema.const;
  if (schema.examples?.length) return schema.examples[0];
  if (input.examples?.length) return input.examples[0];
  if (schema.enum) return schema.enum.find((v) => v !== null) ?? null;
  if (nullable) return null;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set(requiredFields(schema));
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (required.has(key)) out[key] = scaffoldValue(property, ctx, [...path, key]);
        // A field that is "none" until known (a procedure's code) is shown as null, for the editor to fill.
        else if (property.default === null) out[key] = null;
      }
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => scaffoldValue(schema.items ?? {}, ctx, [...path, '*']));
    case 'integer':
    case 'number': {
      const year = Number(ctx.today.slice(0, 4));
      if (/year|năm/i.test(`${path.at(-1)} ${schema.title ?? ''}`) && (schema.minimum ?? 0) <= year && year <= (schema.maximum ?? Infinity)) return year;
      return schema.minimum ?? 0;
    }
    case 'boolean':
      return schema.default ?? false;
    case 'string':
      if (schema.format === 'date') return ctx.today;
      if (schema.format === 'phone') return ctx.phone;
      if (schema.format === 'email') return ctx.email;
      if (schema.format === 'uri' || schema.format === 'url') return ctx.url;
      if (schema.pattern?.startsWith('^[a-z0-9]+(?:-[a-z0-9]+)*$')) return 'ma-moi';
      if (schema.pattern === '^([01]\\d|2[0-3]):[0-5]\\d$' || /giờ/i.test(schema.title ?? '')) return '08:00';
      return placeholder(schema.title);
    default:
      return placeholder(schema.title);
  }
}

/** The whole record: required fields, plus `draft: true` where the collection has drafts. */
export function scaffoldRecord(schema: JsonSchema, ctx: ScaffoldContext): Record<string, unknown> {
  const record = scaffoldValue(schema, ctx) as Record<string, unknown>;
  if (schema.properties?.['draft']) record['draft'] = true;
  return record;
}
