/**
 * The collection manifest: one typed record per collection of content/ — its folder, schema, references,
 * unique fields, labels, open-data dataset, `npm run new` kind and editing-UI settings. The site
 * (src/content.config.ts), the checker (lib/content/check.ts), `npm run new`, the editing UI and the open-data
 * pages all read it, so adding a collection is one schema in src/schemas plus one entry here (see the README).
 * The disclosure kinds come from their own manifest, src/schemas/disclosures.ts.
 */
import type { z } from 'astro/zod';
import { areaSchema } from './schemas/area.ts';
import { localitySchema } from './schemas/locality.ts';
import { pageSchema } from './schemas/page.ts';
import { planSchema, planTaskSchema } from './schemas/plan.ts';
import { procedureSchema } from './schemas/procedure.ts';
import { formSchema } from './schemas/form.ts';
import { disclosureKinds, type DisclosureKind } from './schemas/disclosures.ts';
import { contactsSchema, holidayYearSchema, receptionSchema } from './schemas/reception.ts';
import { obligationSchema } from './schemas/obligation.ts';
import { papiScoreSchema } from './schemas/papi-score.ts';
import { questionSchema } from './schemas/question.ts';
import { planProgressSchema } from './schemas/plan-progress.ts';
import { unitSchema } from './schemas/unit.ts';

/** The collections, one entry each in the manifest below (which fails to compile if one is missing). */
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

export interface CollectionDef<Schema extends z.ZodObject = z.ZodObject> {
  /** What editors call one entry, in lower case: messages say "không có đơn vị …"; the editing UI capitalises it. */
  label: string;
  /** The collection as a heading ("Cơ quan, đơn vị"): the open-data title unless the dataset has its own. */
  plural: string;
  /** Folder under content/ holding one file per entry, or a single file for a one-entry collection. */
  source: { dir: string; format: 'yaml' | 'md' } | { file: string };
  schema: Schema;
  refs: RefRule[];
  /** Fields whose values must be unique across the collection (besides the id). */
  unique: string[];
  /** The kind name of `npm run new -- <kind>`, or false when editors do not create entries by hand. */
  scaffold: string | false;
  /** How the editing UI shows it, or false when it is not edited there. */
  editing: { /** The field a reference to this collection shows and searches. */ displayField: string } | false;
  /** Published under /du-lieu-mo/<slug>: with its own title and row schema when rows are not whole entries. */
  openData?: { slug: string; title?: string; rowSchema?: z.ZodObject };
}

/** Each kind of disclosure is a collection of Markdown files (front matter for the fields, body for the text). */
type DisclosureDefs = { [K in DisclosureKind]: CollectionDef<(typeof disclosureKinds)[K]['schema']> };
const disclosureDefs = Object.fromEntries(
  (Object.keys(disclosureKinds) as DisclosureKind[]).map((name) => {
    const kind = disclosureKinds[name];
    const def: CollectionDef = {
      label: kind.label.toLocaleLowerCase('vi'),
      plural: kind.label,
      source: { dir: kind.folder, format: 'md' },
      schema: kind.schema,
      refs: [
        { field: 'issuingAuthority', to: 'units' },
        { field: 'area', to: 'areas' },
      ],
      unique: name === 'documents' ? ['number'] : [],
      scaffold: kind.path,
      editing: { displayField: 'title' },
      openData: { slug: kind.path },
    };
    return [name, def];
  }),
) as DisclosureDefs;

// The order is the checker's (its report) and the editing UI's (its menu): keep it when adding one.
const manifest = {
  ...disclosureDefs,
  locality: {
    label: 'thông tin địa phương',
    plural: 'Thông tin địa phương',
    source: { file: 'locality.yaml' },
    schema: localitySchema,
    refs: [{ field: 'operator', to: 'units' }],
    unique: [],
    // One file, written once when the portal is set up.
    scaffold: false,
    editing: { displayField: 'title' },
  },
  units: {
    label: 'đơn vị',
    plural: 'Cơ quan, đơn vị',
    source: { dir: 'units', format: 'yaml' },
    schema: unitSchema,
    refs: [
      { field: 'parent', to: 'units' },
      { field: 'area', to: 'areas' },
      { field: 'successors', to: 'units' },
    ],
    unique: ['name'],
    scaffold: 'don-vi',
    editing: { displayField: 'name' },
    openData: { slug: 'co-quan-don-vi' },
  },
  areas: {
    label: 'địa bàn',
    plural: 'Địa bàn phường, xã',
    source: { dir: 'areas', format: 'yaml' },
    schema: areaSchema,
    refs: [
      { field: 'formedFrom', to: 'areas' },
      { field: 'mergedInto', to: 'areas' },
      { field: 'committee', to: 'units' },
    ],
    unique: ['code'],
    scaffold: 'dia-ban',
    editing: { displayField: 'name' },
    openData: { slug: 'dia-ban' },
  },
  plans: {
    label: 'kế hoạch',
    plural: 'Kế hoạch',
    source: { dir: 'plans', format: 'yaml' },
    schema: planSchema,
    refs: [
      { field: 'issuingAuthority', to: 'units' },
      { field: 'annex.tasks.*.lead.*', to: 'units' },
      { field: 'annex.tasks.*.coordinators.*', to: 'units' },
    ],
    unique: ['number'],
    // Plans come from seeds/ through the importer (npm run import-plan): a hand edit would be lost on the next import.
    scaffold: false,
    editing: false,
    openData: { slug: 'nhiem-vu-ke-hoach', title: 'Nhiệm vụ trong các kế hoạch', rowSchema: planTaskSchema },
  },
  planProgress: {
    label: 'tiến độ nhiệm vụ',
    plural: 'Tiến độ nhiệm vụ',
    source: { dir: 'plan-progress', format: 'yaml' },
    schema: planProgressSchema,
    refs: [{ field: 'plan', to: 'plans' }],
    unique: [],
    scaffold: 'tien-do',
    editing: { displayField: 'task' },
  },
  procedures: {
    label: 'thủ tục',
    plural: 'Thủ tục hành chính',
    source: { dir: 'procedures', format: 'yaml' },
    schema: procedureSchema,
    refs: [
      { field: 'issuingAuthority', to: 'units' },
      { field: 'dossier.*.form', to: 'forms' },
    ],
    unique: ['code', 'name'],
    scaffold: 'thu-tuc',
    editing: { displayField: 'name' },
    openData: { slug: 'thu-tuc-hanh-chinh' },
  },
  forms: {
    label: 'biểu mẫu',
    plural: 'Biểu mẫu',
    source: { dir: 'forms', format: 'yaml' },
    schema: formSchema,
    refs: [],
    unique: ['title'],
    scaffold: 'bieu-mau',
    editing: { displayField: 'title' },
  },
  receptions: {
    label: 'lịch tiếp công dân',
    plural: 'Lịch tiếp công dân',
    source: { dir: 'reception', format: 'yaml' },
    schema: receptionSchema,
    refs: [{ field: 'unit', to: 'units' }],
    unique: [],
    scaffold: 'lich-tiep',
    editing: { displayField: 'title' },
  },
  holidays: {
    label: 'lịch nghỉ lễ',
    plural: 'Lịch nghỉ lễ',
    source: { dir: 'holidays', format: 'yaml' },
    schema: holidayYearSchema,
    refs: [],
    unique: ['year'],
    scaffold: 'ngay-nghi',
    editing: { displayField: 'year' },
  },
  contacts: {
    label: 'danh bạ',
    plural: 'Danh bạ',
    source: { dir: 'contacts', format: 'yaml' },
    schema: contactsSchema,
    refs: [{ field: 'area', to: 'areas' }],
    unique: ['area'],
    scaffold: 'danh-ba',
    editing: { displayField: 'area' },
  },
  obligations: {
    label: 'nghĩa vụ công khai',
    plural: 'Nghĩa vụ công khai',
    source: { dir: 'obligations', format: 'yaml' },
    schema: obligationSchema,
    refs: [],
    unique: ['title'],
    scaffold: 'nghia-vu',
    editing: { displayField: 'title' },
  },
  papiScores: {
    label: 'điểm PAPI',
    plural: 'Điểm PAPI',
    source: { dir: 'papi-scores', format: 'yaml' },
    schema: papiScoreSchema,
    refs: [],
    unique: ['year'],
    scaffold: 'diem-papi',
    editing: { displayField: 'year' },
  },
  questions: {
    label: 'câu hỏi',
    plural: 'Hỏi đáp',
    source: { dir: 'questions', format: 'yaml' },
    schema: questionSchema,
    refs: [{ field: 'unit', to: 'units' }],
    unique: [],
    scaffold: 'hoi-dap',
    editing: { displayField: 'title' },
  },
  pages: {
    label: 'trang',
    plural: 'Trang',
    source: { dir: 'pages', format: 'md' },
    schema: pageSchema,
    refs: [{ field: 'issuingAuthority', to: 'units' }],
    unique: ['path'],
    scaffold: 'trang',
    editing: { displayField: 'title' },
  },
} satisfies Record<CollectionName, CollectionDef>;

/** Every collection's record, in the manifest's order. */
export const collectionDefs: Record<CollectionName, CollectionDef> = manifest;

/** Each collection's own schema type, for src/content.config.ts (Astro types getCollection from it). */
export type CollectionSchemas = { [K in CollectionName]: (typeof manifest)[K]['schema'] };

/** Every collection's entry data as its schema outputs it: the types of content outside Astro. */
export type CollectionData = { [Name in CollectionName]: z.output<CollectionSchemas[Name]> };

/** The collections the editing UI edits, in the manifest's order. */
export const editableCollections: Partial<Record<CollectionName, CollectionDef>> = Object.fromEntries(
  Object.entries(collectionDefs).filter(([, def]) => def.editing !== false),
);

/** The collections of content/ by the folder (or single file) they are read from. */
export const collectionByFolder: ReadonlyMap<string, CollectionName> = new Map(
  (Object.keys(collectionDefs) as CollectionName[]).map((name) => {
    const source = collectionDefs[name].source;
    return ['dir' in source ? source.dir : source.file, name];
  }),
);
