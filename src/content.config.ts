import { defineCollection } from 'astro:content';
import { collectionDefs } from './schemas/index.ts';
import { areaSchema } from './schemas/area.ts';
import { localitySchema } from './schemas/locality.ts';
import { pageSchema } from './schemas/page.ts';
import { planSchema } from './schemas/plan.ts';
import { planProgressSchema } from './schemas/plan-progress.ts';
import { procedureSchema } from './schemas/procedure.ts';
import { formSchema } from './schemas/form.ts';
import { contactsSchema, holidayYearSchema, receptionSchema } from './schemas/reception.ts';
import { obligationSchema } from './schemas/obligation.ts';
import { papiScoreSchema } from './schemas/papi-score.ts';
import { questionSchema } from './schemas/question.ts';
import {
  antiCorruptionSchema,
  budgetSchema,
  documentSchema,
  inspectionSchema,
  landUseSchema,
  noticeSchema,
  povertyReviewSchema,
  recruitmentSchema,
} from './schemas/disclosures.ts';
import { unitSchema } from './schemas/unit.ts';
import { contentDirLoader } from './loaders/content-dir.ts';

// Schemas are named here (not only through collectionDefs) so Astro can type each collection.
export const collections = {
  locality: defineCollection({ loader: contentDirLoader(collectionDefs.locality), schema: localitySchema }),
  units: defineCollection({ loader: contentDirLoader(collectionDefs.units), schema: unitSchema }),
  areas: defineCollection({ loader: contentDirLoader(collectionDefs.areas), schema: areaSchema }),
  pages: defineCollection({ loader: contentDirLoader(collectionDefs.pages), schema: pageSchema }),
  plans: defineCollection({ loader: contentDirLoader(collectionDefs.plans), schema: planSchema }),
  planProgress: defineCollection({ loader: contentDirLoader(collectionDefs.planProgress), schema: planProgressSchema }),
  procedures: defineCollection({ loader: contentDirLoader(collectionDefs.procedures), schema: procedureSchema }),
  forms: defineCollection({ loader: contentDirLoader(collectionDefs.forms), schema: formSchema }),
  receptions: defineCollection({ loader: contentDirLoader(collectionDefs.receptions), schema: receptionSchema }),
  holidays: defineCollection({ loader: contentDirLoader(collectionDefs.holidays), schema: holidayYearSchema }),
  contacts: defineCollection({ loader: contentDirLoader(collectionDefs.contacts), schema: contactsSchema }),
  obligations: defineCollection({ loader: contentDirLoader(collectionDefs.obligations), schema: obligationSchema }),
  papiScores: defineCollection({ loader: contentDirLoader(collectionDefs.papiScores), schema: papiScoreSchema }),
  questions: defineCollection({ loader: contentDirLoader(collectionDefs.questions), schema: questionSchema }),
  documents: defineCollection({ loader: contentDirLoader(collectionDefs.documents), schema: documentSchema }),
  budgets: defineCollection({ loader: contentDirLoader(collectionDefs.budgets), schema: budgetSchema }),
  povertyReviews: defineCollection({ loader: contentDirLoader(collectionDefs.povertyReviews), schema: povertyReviewSchema }),
  landUse: defineCollection({ loader: contentDirLoader(collectionDefs.landUse), schema: landUseSchema }),
  inspections: defineCollection({ loader: contentDirLoader(collectionDefs.inspections), schema: inspectionSchema }),
  recruitment: defineCollection({ loader: contentDirLoader(collectionDefs.recruitment), schema: recruitmentSchema }),
  antiCorruption: defineCollection({ loader: contentDirLoader(collectionDefs.antiCorruption), schema: antiCorruptionSchema }),
  notices: defineCollection({ loader: contentDirLoader(collectionDefs.notices), schema: noticeSchema }),
};
