/** The site's content collections, one per entry of the collection manifest (src/collections.ts). */
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { collectionDefs, type CollectionDef, type CollectionName, type CollectionSchemas } from './collections.ts';
import { contentDirLoader } from './loaders/content-dir.ts';

const define = <Schema extends z.ZodObject>(def: CollectionDef<Schema>) =>
  defineCollection({ loader: contentDirLoader(def), schema: def.schema });

// Typed per collection (each with its own schema) so that getCollection('procedures') knows a procedure's fields.
type Collections = { [Name in CollectionName]: ReturnType<typeof define<CollectionSchemas[Name]>> };

export const collections = Object.fromEntries(
  (Object.keys(collectionDefs) as CollectionName[]).map((name) => [name, define(collectionDefs[name])]),
) as Collections;
