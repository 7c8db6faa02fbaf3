import { z } from 'astro/zod';

type AnySchema = z.core.$ZodType;

function titleOf(schema: AnySchema): string | undefined {
  const meta = z.globalRegistry.get(schema) as { title?: string } | undefined;
  return meta?.title;
}

/** Strips wrappers (optional, default, preprocess) to reach the schema that has a shape or elements. */
function unwrap(schema: AnySchema): { schema: AnySchema; title: string | undefined } {
  let current = schema;
  let title = titleOf(current);
  for (let i = 0; i < 10; i++) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    const inner = (def['innerType'] ?? (def['type'] === 'pipe' ? def['out'] : undefined)) as AnySchema | undefined;
    if (!inner) break;
    current = inner;
    title ??= titleOf(current);
  }
  return { schema: current, title };
}

/**
 * The Vietnamese label of the field at `path` (from the schema's `.meta({ title })`), followed by the
 * path itself so a developer can find it too: "Trực thuộc (parent)", "Liên hệ › Điện thoại (contacts.0.phone)".
 */
export function fieldLabel(root: AnySchema, path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '';
  const labels: string[] = [];
  let current: AnySchema | undefined = root;
  for (const key of path) {
    if (!current) break;
    const { schema } = unwrap(current);
    const def = schema._zod.def as unknown as Record<string, unknown>;
    let next: AnySchema | undefined;
    if (def['type'] === 'object') next = (def['shape'] as Record<string, AnySchema>)[String(key)];
    else if (def['type'] === 'array') next = def['element'] as AnySchema;
    else if (def['type'] === 'record') next = def['valueType'] as AnySchema;
    if (!next) break;
    const title = unwrap(next).title;
    if (title && typeof key !== 'number') labels.push(title);
    current = next;
  }
  const dotted = path.map(String).join('.');
  return labels.length ? `${labels.join(' › ')} (${dotted})` : dotted;
}
