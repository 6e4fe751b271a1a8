/**
 * The collections the site is made of: each names its loader and its schema. The schemas live in
 * src/schemas/, one file per concept; their objects are strict, so a misspelt or unknown key fails the
 * build with the file and the field named.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ChecklistSchema } from './schemas/checklist.ts';
import { GuideSchema } from './schemas/guide.ts';
import { PurposeSchema } from './schemas/purpose-hub.ts';
import { QuestionSchema } from './schemas/question.ts';
import { SearchVocabularySchema } from './schemas/search-vocabulary.ts';
import { SalaryDatasetSchema } from './schemas/wage-data.ts';
import { PayTransparencyDatasetSchema, PriceLevelDatasetSchema, StateWageDatasetSchema } from './schemas/state-wages.ts';

const guides = defineCollection({ loader: glob({ base: './content/guides', pattern: '**/*.mdx' }), schema: GuideSchema });
const questions = defineCollection({ loader: glob({ base: './content/questions', pattern: '**/*.mdx' }), schema: QuestionSchema });
const purposes = defineCollection({ loader: glob({ base: './content/purposes', pattern: '*.mdx' }), schema: PurposeSchema });
const checklists = defineCollection({ loader: glob({ base: './content/checklists', pattern: '*.yaml' }), schema: ChecklistSchema });
const salary = defineCollection({ loader: glob({ base: './content/salary', pattern: '*.json' }), schema: SalaryDatasetSchema });
const stateBase = './content/salary/states';
const stateWages = defineCollection({ loader: glob({ base: stateBase, pattern: 'bls-oews-states-*.json' }), schema: StateWageDatasetSchema });
const priceLevels = defineCollection({ loader: glob({ base: stateBase, pattern: 'bea-rpp-*.json' }), schema: PriceLevelDatasetSchema });
const payTransparency = defineCollection({ loader: glob({ base: stateBase, pattern: 'pay-transparency-*.json' }), schema: PayTransparencyDatasetSchema });
const search = defineCollection({ loader: glob({ base: './content/search', pattern: '*.yaml' }), schema: SearchVocabularySchema });

export const collections = { guides, questions, purposes, checklists, salary, search, stateWages, priceLevels, payTransparency };
