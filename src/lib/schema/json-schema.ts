/**
 * The JSON Schema of each collection, as zod 4 writes it, with the bits the editing UI and the scaffolds
 * read: titles, "format" (date, phone), "examples", "x-labels" of choices. Written from the output side,
 * where dates show as dates (the input side sees only "anything", before the text is checked); a field
 * with a default is not required of an editor.
 */
import { z } from 'astro/zod';

export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  format?: string;
  pattern?: string;
  enum?: (string | number | null)[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  examples?: unknown[];
  'x-labels'?: Record<string, string>;
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
}

/** The non-null alternative of a nullable or optional union, or the schema itself. */
export function unwrap(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const options = schema.anyOf ?? schema.oneOf;
  if (!options) return { schema, nullable: false };
  const nonNull = options.filter((o) => o.type !== 'null');
  const only = nonNull.length === 1 ? nonNull[0]! : undefined;
  // The title, default and examples sit on the union; carry them to the alternative.
  const inner: JsonSchema = only
    ? {
        ...only,
        ...(schema.title !== undefined ? { title: schema.title } : {}),
        ...(schema.default !== undefined ? { default: schema.default } : {}),
        ...(schema.examples ? { examples: schema.examples } : {}),
      }
    : schema;
  return { schema: inner, nullable: nonNull.length < options.length };
}

/** Fields an editor must fill: required and without a default. */
export function requiredFields(schema: JsonSchema): string[] {
  return (schema.required ?? []).filter((key) => schema.properties?.[key]?.default === undefined);
}
