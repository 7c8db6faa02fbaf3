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
import { routes } from './lib/routes.ts';
import type { SearchTypeKey } from './lib/search/contract.ts';

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
  /**
   * Editors' notes: fields for the office (what was checked, where, what is missing), never for readers.
   * Dotted paths, "*" for every element of a list or value of a record ("fees.*.note"). The checker validates
   * them; the content loader strips them (lib/content/internal.ts), so no output can show them.
   */
  internal: string[];
  /** The kind name of `npm run new -- <kind>`, or false when editors do not create entries by hand. */
  scaffold: string | false;
  /** How the editing UI shows it, or false when it is not edited there. */
  editing: { /** The field a reference to this collection shows and searches. */ displayField: string } | false;
  /** Published under /du-lieu-mo/<slug>: with its own title and row schema when rows are not whole entries. */
  openData?: { slug: string; title?: string; rowSchema?: z.ZodObject };
  /** Where visitors find the entries: the list page, and an entry's own page (from src/lib/routes.ts). */
  pages?: {
    /** The list page, for collections that have one. */
    list?(): string;
    entry(id: string, data: z.output<Schema>): string;
    /** What an entry's page is in search results (its `loai`), labelled by vi.searchTypes; disclosures use their kind's label. */
    searchType?: SearchTypeKey;
  };
  /**
   * How an entry counts as a publication in the compliance report: its title, its publication date (none:
   * not published yet, as an unanswered question) and the area it concerns (none: the whole locality), given
   * a way to find a unit's area. Collections with this can fulfil an obligation.
   */
  compliance?: {
    title(data: z.output<Schema>): string;
    publishedOn(data: z.output<Schema>): string | undefined;
    area?(data: z.output<Schema>, unitArea: (unit: string) => string | undefined): string | undefined;
  };
}

/** One manifest entry, typed by its own schema so that its functions read that schema's fields. */
const entry = <Schema extends z.ZodObject>(def: CollectionDef<Schema>): CollectionDef<Schema> => def;

/** Each kind of disclosure is a collection of Markdown files (front matter for the fields, body for the text). */
type DisclosureSchema = (typeof disclosureKinds)[DisclosureKind]['schema'];
type DisclosureDefs = { [K in DisclosureKind]: CollectionDef<(typeof disclosureKinds)[K]['schema']> };
const disclosureDefs = Object.fromEntries(
  (Object.keys(disclosureKinds) as DisclosureKind[]).map((name) => {
    const kind = disclosureKinds[name];
    const def: CollectionDef<DisclosureSchema> = {
      label: kind.label.toLocaleLowerCase('vi'),
      plural: kind.label,
      source: { dir: kind.folder, format: 'md' },
      schema: kind.schema,
      refs: [
        { field: 'issuingAuthority', to: 'units' },
        { field: 'area', to: 'areas' },
      ],
      unique: name === 'documents' ? ['number'] : [],
      internal: [],
      scaffold: kind.path,
      editing: { displayField: 'title' },
      openData: { slug: kind.path },
      pages: { list: () => routes.disclosureKind(name), entry: (id) => routes.disclosure(name, id) },
      compliance: { title: (d) => d.title, publishedOn: (d) => d.publishedOn, area: (d) => d.area },
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
    refs: [
      { field: 'operator', to: 'units' },
      { field: 'oneStopDesk', to: 'units' },
    ],
    unique: [],
    internal: [],
    // One file, written once when the portal is set up.
    scaffold: false,
    editing: { displayField: 'title' },
  },
  units: entry({
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
    // `successionNote` tells readers where a dissolved unit's work went: citizen text.
    internal: [],
    scaffold: 'don-vi',
    editing: { displayField: 'name' },
    openData: { slug: 'co-quan-don-vi' },
    pages: { list: routes.units, entry: (id) => routes.unit(id), searchType: 'unit' },
  }),
  areas: entry({
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
    // No notes field: `verified` marks what is unchecked, `legalBasis` is the citation.
    internal: [],
    scaffold: 'dia-ban',
    editing: { displayField: 'name' },
    openData: { slug: 'dia-ban' },
    pages: { list: routes.areas, entry: (id) => routes.area(id), searchType: 'area' },
  }),
  plans: entry({
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
    // The file and checksum the importer read the plan from: for re-importing, not for readers (the pages cite
    // the plan by its number and title).
    internal: ['source'],
    // Plans come from seeds/ through the importer (npm run import-plan): a hand edit would be lost on the next import.
    scaffold: false,
    editing: false,
    openData: { slug: 'nhiem-vu-ke-hoach', title: 'Nhiệm vụ trong các kế hoạch', rowSchema: planTaskSchema },
    pages: { list: routes.plans, entry: (id) => routes.plan(id), searchType: 'plan' },
    compliance: { title: (d) => `${d.number}: ${d.title}`, publishedOn: (d) => d.issuedOn },
  }),
  planProgress: {
    label: 'tiến độ nhiệm vụ',
    plural: 'Tiến độ nhiệm vụ',
    source: { dir: 'plan-progress', format: 'yaml' },
    schema: planProgressSchema,
    refs: [{ field: 'plan', to: 'plans' }],
    unique: [],
    internal: [],
    scaffold: 'tien-do',
    editing: { displayField: 'task' },
  },
  procedures: entry({
    label: 'thủ tục',
    plural: 'Thủ tục hành chính',
    source: { dir: 'procedures', format: 'yaml' },
    schema: procedureSchema,
    refs: [
      { field: 'issuingAuthority', to: 'units' },
      { field: 'dossier.*.form', to: 'forms' },
    ],
    unique: ['code', 'name'],
    // The research record: the note of each fact check (its verified flag stays, so the page can send the
    // reader to the one-stop desk), the free notes, the sources consulted, and the notes on fees and legal bases.
    // Dossier items' and channels' `notes` are citizen text and stay.
    internal: ['factChecks.*.note', 'notes', 'sources', 'fees.*.note', 'legalBases.*.note'],
    scaffold: 'thu-tuc',
    editing: { displayField: 'name' },
    openData: { slug: 'thu-tuc-hanh-chinh' },
    pages: { list: routes.procedures, entry: (id) => routes.procedure(id), searchType: 'procedure' },
    compliance: { title: (d) => d.name, publishedOn: (d) => d.lastCheckedOn },
  }),
  forms: entry({
    label: 'biểu mẫu',
    plural: 'Biểu mẫu',
    source: { dir: 'forms', format: 'yaml' },
    schema: formSchema,
    refs: [],
    unique: ['title'],
    // The research record of the form, as for procedures; fields' `help` is citizen text and stays.
    internal: ['factChecks.*.note', 'notes', 'sources'],
    scaffold: 'bieu-mau',
    editing: { displayField: 'title' },
    pages: { list: routes.forms, entry: (id) => routes.form(id), searchType: 'form' },
  }),
  receptions: entry({
    label: 'lịch tiếp công dân',
    plural: 'Lịch tiếp công dân',
    source: { dir: 'reception', format: 'yaml' },
    schema: receptionSchema,
    refs: [{ field: 'unit', to: 'units' }],
    unique: [],
    // No notes field: a change's `reason` is told to residents.
    internal: [],
    scaffold: 'lich-tiep',
    editing: { displayField: 'title' },
    // A unit's sessions, all its schedules together, are on the unit's reception page.
    pages: { list: routes.reception, entry: (_id, d) => routes.receptionUnit(d.unit), searchType: 'reception' },
    compliance: { title: (d) => d.title, publishedOn: (d) => d.publishedOn, area: (d, unitArea) => unitArea(d.unit) },
  }),
  holidays: {
    label: 'lịch nghỉ lễ',
    plural: 'Lịch nghỉ lễ',
    source: { dir: 'holidays', format: 'yaml' },
    schema: holidayYearSchema,
    refs: [],
    unique: ['year'],
    // How the days off were worked out; `source` is the citation and stays.
    internal: ['note'],
    scaffold: 'ngay-nghi',
    editing: { displayField: 'year' },
  },
  contacts: entry({
    label: 'danh bạ',
    plural: 'Danh bạ',
    source: { dir: 'contacts', format: 'yaml' },
    schema: contactsSchema,
    refs: [{ field: 'area', to: 'areas' }],
    unique: ['area'],
    internal: [],
    scaffold: 'danh-ba',
    editing: { displayField: 'area' },
    pages: { list: routes.contactBooks, entry: (_id, d) => routes.contactBook(d.area), searchType: 'directory' },
  }),
  obligations: {
    label: 'nghĩa vụ công khai',
    plural: 'Nghĩa vụ công khai',
    source: { dir: 'obligations', format: 'yaml' },
    schema: obligationSchema,
    refs: [],
    unique: ['title'],
    // How the portal's own deadlines were set; the legal bases are the citations and stay.
    internal: ['note'],
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
    // `source` tells readers where the figures come from: citizen text.
    internal: [],
    scaffold: 'diem-papi',
    editing: { displayField: 'year' },
  },
  questions: entry({
    label: 'câu hỏi',
    plural: 'Hỏi đáp',
    source: { dir: 'questions', format: 'yaml' },
    schema: questionSchema,
    refs: [{ field: 'unit', to: 'units' }],
    unique: [],
    internal: [],
    scaffold: 'hoi-dap',
    editing: { displayField: 'title' },
    pages: { list: routes.questions, entry: (id) => routes.question(id), searchType: 'question' },
    // An unanswered question is not published yet.
    compliance: { title: (d) => d.title, publishedOn: (d) => d.answeredOn, area: (d, unitArea) => unitArea(d.unit) },
  }),
  pages: entry({
    label: 'trang',
    plural: 'Trang',
    source: { dir: 'pages', format: 'md' },
    schema: pageSchema,
    refs: [{ field: 'issuingAuthority', to: 'units' }],
    unique: ['path'],
    internal: [],
    scaffold: 'trang',
    editing: { displayField: 'title' },
    pages: { entry: (_id, d) => routes.contentPage(d.path), searchType: 'page' },
  }),
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
