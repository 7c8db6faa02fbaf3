/**
 * Open-data exports: CSV that Excel opens with Vietnamese intact (UTF-8 with a byte-order mark) and JSON
 * whose structure is described by a JSON Schema generated from the collection's zod schema.
 */
import { stringify, type Options } from 'csv-stringify/sync';
import { z } from 'astro/zod';

export const BOM = '\uFEFF';

export interface Column {
  key: string;
  label: string;
}

/**
 * A cell a spreadsheet would run as a formula (OWASP CSV injection: =, +, -, @, tab, carriage return, and
 * their full-width forms) is written with a single quote before it, and quoted. Numbers stay numbers: a
 * negative amount is data, not a formula, and the spreadsheet must still add it up.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const csvOptions: Options = { record_delimiter: '\r\n', quoted_match: [/[\r\n]/, FORMULA_START], escape_formulas: true };

/** CSV text, first row the labels; values quoted as needed (commas, quotes, line breaks, formulas). */
export function toCsv(rows: Record<string, unknown>[], columns: Column[]): string {
  const body = stringify(
    rows.map((r) => columns.map((c) => cell(r[c.key]))),
    { ...csvOptions, header: false },
  );
  return BOM + stringify([columns.map((c) => c.label)], csvOptions) + body;
}

function cell(value: unknown): string | number {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.join('; ');
  return JSON.stringify(value);
}

/** Columns for a record schema: its top-level fields but the internal ones, labelled with their Vietnamese titles. */
export function columnsOf(schema: z.ZodObject, internal: readonly string[] = []): Column[] {
  return [
    { key: 'id', label: 'Mã' },
    ...Object.entries(schema.shape)
      .filter(([key]) => !internal.includes(key))
      .map(([key, field]) => ({
        key,
        label: (z.globalRegistry.get(field as z.ZodType) as { title?: string } | undefined)?.title ?? key,
      })),
    { key: 'url', label: 'Địa chỉ trang' },
  ];
}

export interface ExportItem {
  id: string;
  url: string;
  data: Record<string, unknown>;
}

/** The JSON export of a collection. */
export function toJsonExport(
  meta: { dataset: string; title: string; generatedOn: string; schemaUrl: string },
  items: ExportItem[],
): string {
  return JSON.stringify(
    { $schema: meta.schemaUrl, dataset: meta.dataset, title: meta.title, generatedOn: meta.generatedOn, items },
    null,
    2,
  );
}

/**
 * JSON Schema of the JSON export, with the record schema (from zod) for each item's data, less its internal
 * fields (src/collections.ts): the export leaves them out, so its schema does not ask for them.
 */
export function exportJsonSchema(title: string, record: z.ZodType, internal: readonly string[] = []): Record<string, unknown> {
  const data = z.toJSONSchema(record, { target: 'draft-2020-12', unrepresentable: 'any' });
  delete (data as { $schema?: string }).$schema;
  for (const p of internal) removeFromJsonSchema(data as JsonSchemaNode, p.split('.'));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title,
    type: 'object',
    required: ['dataset', 'title', 'generatedOn', 'items'],
    properties: {
      $schema: { type: 'string' },
      dataset: { type: 'string' },
      title: { type: 'string' },
      generatedOn: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'url', 'data'],
          additionalProperties: false,
          properties: { id: { type: 'string' }, url: { type: 'string' }, data },
        },
      },
    },
  };
}

interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  additionalProperties?: JsonSchemaNode | boolean;
  anyOf?: JsonSchemaNode[];
}

/** Removes the property at a dotted path ("*": a list's items or a record's values) wherever it is described. */
function removeFromJsonSchema(node: JsonSchemaNode, segments: string[]): void {
  const [head, ...rest] = segments as [string, ...string[]];
  for (const alternative of node.anyOf ?? []) removeFromJsonSchema(alternative, segments);
  if (head === '*') {
    for (const inner of [node.items, node.additionalProperties]) {
      if (inner && typeof inner === 'object') removeFromJsonSchema(inner, rest);
    }
    return;
  }
  const property = node.properties?.[head];
  if (!property) return;
  if (rest.length > 0) return removeFromJsonSchema(property, rest);
  delete node.properties![head];
  if (node.required) node.required = node.required.filter((r) => r !== head);
}
