import { z } from 'astro/zod';
import { text } from './fields.ts';

/** A paragraph or a list, as documents are made of. Text may carry *emphasis* and **strong** marks. */
export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('p'), text }),
  z.strictObject({ type: z.enum(['ul', 'ol']), items: z.array(text).min(1) }),
]);

export type Block = z.infer<typeof blockSchema>;
