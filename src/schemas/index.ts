/**
 * The collections of content/ and how each is stored. src/content.config.ts (the site) and
 * lib/content/check.ts (npm run check, the build gate) both read this list, so they cannot disagree.
 */
import type { z } from 'astro/zod';
import { areaSchema } from './area.ts';
import { localitySchema } from './locality.ts';
import { pageSchema } from './page.ts';
import { planSchema } from './plan.ts';
import { procedureSchema } from './procedure.ts';
import { formSchema } from './form.ts';
import { disclosureKinds, type DisclosureKind } from './disclosures.ts';
import { contactsSchema, holidayYearSchema, receptionSchema } from './reception.ts';
import { obligationSchema } from './obligation.ts';
import { papiScoreSchema } from './papi-score.ts';
import { questionSchema } from './question.ts';
import { planProgressSchema } from './plan-progress.ts';
import { unitSchema } from './unit.ts';

export type CollectionName =
  | 'locality'
  | 'units'
  | 'areas'
  | 'pages'
  | 'plans'
  | 'planProgress'
  | 'procedures'
  | 'forms'
  | 'receptions'
  | 'holidays'
  | 'contacts'
  | 'obligations'
  | 'papiScores'
  | 'questions'
  | DisclosureKind;

/**
 * A field holding the id (or ids) of an entry in another collection. `field` is a dotted path in which
 * "*" stands for every element of a list: "annex.tasks.*.lead.*".
 */
export interface RefRule {
  field: string;
  to: CollectionName;
}

/** A collection's record; `Schema` keeps each collection's own schema type, so its entries are typed from it. */
export interface CollectionDef<Schema extends z.ZodType = z.ZodType> {
  /** What editors call it, for messages. */
  label: string;
  /** Folder under content/ holding one file per entry, or a single file for a one-entry collection. */
  source: { dir: string; format: 'yaml' | 'md' } | { file: string };
  schema: Schema;
  refs: RefRule[];
  /** Fields whose values must be unique across the collection (besides the id). */
  unique: string[];
}

type DisclosureDefs = { [Kind in DisclosureKind]: CollectionDef<(typeof disclosureKinds)[Kind]['schema']> };

/** Each kind of disclosure is a collection of Markdown files (front matter for the fields, body for the text). */
const disclosureDefs = Object.fromEntries(
  (Object.entries(disclosureKinds) as [DisclosureKind, (typeof disclosureKinds)[DisclosureKind]][]).map(([name, kind]) => [
    name,
    {
      label: kind.label.toLocaleLowerCase('vi'),
      source: { dir: kind.folder, format: 'md' },
      schema: kind.schema,
      refs: [
        { field: 'issuingAuthority', to: 'units' },
        { field: 'area', to: 'areas' },
      ],
      unique: name === 'documents' ? ['number'] : [],
    } satisfies CollectionDef,
  ]),
) as DisclosureDefs;

export const collectionDefs = {
  ...disclosureDefs,
  locality: {
    label: 'thông tin địa phương',
    source: { file: 'locality.yaml' },
    schema: localitySchema,
    refs: [{ field: 'operator', to: 'units' }],
    unique: [],
  },
  units: {
    label: 'đơn vị',
    source: { dir: 'units', format: 'yaml' },
    schema: unitSchema,
    refs: [
      { field: 'parent', to: 'units' },
      { field: 'area', to: 'areas' },
      { field: 'successors', to: 'units' },
    ],
    unique: ['name'],
  },
  areas: {
    label: 'địa bàn',
    source: { dir: 'areas', format: 'yaml' },
    schema: areaSchema,
    refs: [
      { field: 'formedFrom', to: 'areas' },
      { field: 'mergedInto', to: 'areas' },
      { field: 'committee', to: 'units' },
    ],
    unique: ['code'],
  },
  plans: {
    label: 'kế hoạch',
    source: { dir: 'plans', format: 'yaml' },
    schema: planSchema,
    refs: [
      { field: 'issuingAuthority', to: 'units' },
      { field: 'annex.tasks.*.lead.*', to: 'units' },
      { field: 'annex.tasks.*.coordinators.*', to: 'units' },
    ],
    unique: ['number'],
  },
  planProgress: {
    label: 'tiến độ nhiệm vụ',
    source: { dir: 'plan-progress', format: 'yaml' },
    schema: planProgressSchema,
    refs: [{ field: 'plan', to: 'plans' }],
    unique: [],
  },
  procedures: {
    label: 'thủ tục',
    source: { dir: 'procedures', format: 'yaml' },
    schema: procedureSchema,
    refs: [
      { field: 'issuingAuthority', to: 'units' },
      { field: 'dossier.*.form', to: 'forms' },
    ],
    unique: ['code', 'name'],
  },
  forms: {
    label: 'biểu mẫu',
    source: { dir: 'forms', format: 'yaml' },
    schema: formSchema,
    refs: [],
    unique: ['title'],
  },
  receptions: {
    label: 'lịch tiếp công dân',
    source: { dir: 'reception', format: 'yaml' },
    schema: receptionSchema,
    refs: [{ field: 'unit', to: 'units' }],
    unique: [],
  },
  holidays: {
    label: 'lịch nghỉ lễ',
    source: { dir: 'holidays', format: 'yaml' },
    schema: holidayYearSchema,
    refs: [],
    unique: ['year'],
  },
  contacts: {
    label: 'danh bạ',
    source: { dir: 'contacts', format: 'yaml' },
    schema: contactsSchema,
    refs: [{ field: 'area', to: 'areas' }],
    unique: ['area'],
  },
  obligations: {
    label: 'nghĩa vụ công khai',
    source: { dir: 'obligations', format: 'yaml' },
    schema: obligationSchema,
    refs: [],
    unique: ['title'],
  },
  papiScores: {
    label: 'điểm PAPI',
    source: { dir: 'papi-scores', format: 'yaml' },
    schema: papiScoreSchema,
    refs: [],
    unique: ['year'],
  },
  questions: {
    label: 'câu hỏi',
    source: { dir: 'questions', format: 'yaml' },
    schema: questionSchema,
    refs: [{ field: 'unit', to: 'units' }],
    unique: [],
  },
  pages: {
    label: 'trang',
    source: { dir: 'pages', format: 'md' },
    schema: pageSchema,
    refs: [{ field: 'issuingAuthority', to: 'units' }],
    unique: ['path'],
  },
} satisfies Record<CollectionName, CollectionDef>;

/** Every collection's entry data as its schema outputs it: the types of content outside Astro. */
export type CollectionData = { [Name in CollectionName]: z.output<(typeof collectionDefs)[Name]['schema']> };
