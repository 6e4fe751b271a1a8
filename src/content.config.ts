/**
 * Every collection the site is made of, and its schema: the single source of truth for content.
 * Objects are strict, so a misspelt or unknown key fails the build with the file and the field named.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PURPOSE_IDS, ROLE_IDS, STAGE_IDS } from './lib/purposes.ts';
import { percentilesInOrder } from './lib/salary/dataset.ts';
import { SALARY_TRACK_IDS } from './lib/salary/tracks.ts';
import { PayTransparencyDatasetSchema, PriceLevelDatasetSchema, StateWageDatasetSchema } from './schemas/state-wages.ts';

/** A lowercase, hyphenated id that is safe in URLs and storage keys. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');

/** One of the six reasons employers phone-screen. */
export const PurposeIdSchema = z.enum(PURPOSE_IDS);

/** A role track a question applies to. */
export const RoleIdSchema = z.enum(ROLE_IDS);

/** A cited source: where a fact or figure on the page comes from, and when we checked it. */
export const SourceSchema = z.strictObject({
  /** The page or report title, as the source gives it. */
  title: z.string().min(3),
  /** Absolute https address of the source. */
  url: z.url({ protocol: /^https$/, error: 'must be an absolute https:// URL' }),
  /** The date we last checked the source says what we cite. */
  checked: z.coerce.date(),
});

/** Frontmatter of a long-form guide in content/guides/. */
export const GuideSchema = z.strictObject({
  /** The page title and H1. */
  title: z.string().min(5).max(90),
  /** Meta description and listing summary; search engines cut anything longer than 160 characters. */
  description: z.string().min(40).max(160),
  /** When in the process the guide helps: before, during or after the call. */
  stage: z.enum(STAGE_IDS),
  /** Which of the six purposes this guide prepares you for. */
  purposes: z.array(PurposeIdSchema).min(1),
  /** Position within its stage, from 1. */
  order: z.number().int().min(1),
  /** When the guide was last revised. */
  updated: z.coerce.date(),
  /** Sources for every fact or figure the guide states. */
  sources: z.array(SourceSchema).default([]),
});

/** Difficulty of a question, as a practice hint. */
export const DifficultySchema = z.enum(['easy', 'medium', 'hard']);

/**
 * Where a question sits in a typical recruiter's call, so the practice drill can run "a real screen"
 * in the usual order: opener, background or gap, one technical, availability, why us, salary, your questions.
 */
export const SCREEN_SLOTS = ['opener', 'background', 'technical', 'availability', 'why-company', 'salary', 'your-questions'] as const;

/** Frontmatter of a question in content/questions/<purpose>/. */
export const QuestionSchema = z.strictObject({
  /** The question as a caller would really say it. */
  prompt: z.string().min(10).max(200),
  /** The purpose it serves; must match its folder. */
  purpose: PurposeIdSchema,
  /** Role tracks it applies to (`any` means all). */
  roles: z.array(RoleIdSchema).min(1),
  difficulty: DifficultySchema,
  /** A good spoken answer's length, in seconds. */
  targetSeconds: z.number().int().min(10).max(300),
  /** Three to five short checks of a strong answer, shown by the practice drill. */
  strongPoints: z.array(z.string().min(3).max(140)).min(3).max(5),
  /** What the caller may ask next. */
  followUps: z.array(z.string().min(5).max(200)).default([]),
  /** Its place in a typical screen's running order, if it is one of the usual beats. */
  screenSlot: z.enum(SCREEN_SLOTS).optional(),
});

/** Frontmatter of a purpose hub in content/purposes/<purpose id>.mdx. */
export const PurposeSchema = z.strictObject({
  /** Hub heading, e.g. "Salary: can they afford you?" */
  title: z.string().min(5).max(90),
  /** One sentence: what the caller is checking. */
  checking: z.string().min(20).max(220),
  /** Meta description for the hub. */
  description: z.string().min(40).max(160),
  /** Display order, 1–6. */
  order: z.number().int().min(1).max(6),
  sources: z.array(SourceSchema).default([]),
});

/** One item of a pre-call checklist. Its id is stored in the browser, so never change it once published. */
export const ChecklistItemSchema = z.strictObject({
  id: SlugSchema,
  label: z.string().min(3).max(100),
  /** One line on why it matters. */
  why: z.string().min(3).max(200).optional(),
  /** Slug of the guide that explains it. */
  guide: SlugSchema.optional(),
});

/** A pre-call checklist in content/checklists/<list id>.yaml; the file name is the list's stable id. */
export const ChecklistSchema = z
  .strictObject({
    title: z.string().min(3).max(80),
    /** When this list applies, e.g. "The day before the call". */
    when: z.string().min(3).max(120),
    order: z.number().int().min(1),
    items: z.array(ChecklistItemSchema).min(3),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.items.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `duplicate item id "${item.id}"` });
      seen.add(item.id);
    });
  });

/** Annual wage percentiles in whole US dollars, as BLS publishes them (A_PCT10 … A_PCT90). */
export const WagePercentilesSchema = z
  .strictObject({
    p10: z.number().int().positive(),
    p25: z.number().int().positive(),
    p50: z.number().int().positive(),
    p75: z.number().int().positive(),
    p90: z.number().int().positive(),
  })
  .refine(percentilesInOrder, { message: 'percentiles must rise from p10 to p90' });

/** One occupation's wages, copied only from shared research with its SOC code. */
export const OccupationWageSchema = z.strictObject({
  /** Standard Occupational Classification code, e.g. 15-1232. */
  soc: z.string().regex(/^\d{2}-\d{4}$/),
  /** The BLS occupation title. */
  title: z.string().min(3),
  /** A short name for the kind of job, as you would say it before "roles" on a call ("software developer"); used in the script. */
  roleName: z.string().min(2).max(40),
  /** The group the research maps it to; the calculator's occupation list is grouped by it. */
  track: z.enum(SALARY_TRACK_IDS),
  /** Number employed (BLS TOT_EMP). */
  employment: z.number().int().positive(),
  /** Annual mean wage in whole dollars (BLS A_MEAN). */
  annualMean: z.number().int().positive(),
  annual: WagePercentilesSchema,
  /** Hourly median in cents, as BLS publishes it (H_MEDIAN 29.01 is 2901): money is kept in integers. */
  hourlyMedianCents: z.number().int().positive(),
});

/** A sourced wage dataset in content/salary/*.json. */
export const SalaryDatasetSchema = z
  .strictObject({
    /** Who publishes the figures, e.g. "U.S. Bureau of Labor Statistics". */
    publisher: z.string().min(3),
    /** The publication's name. */
    title: z.string().min(3),
    /** Short citation shown next to every figure, e.g. "BLS, May 2024". */
    citation: z.string().min(3).max(40),
    /** Reference period, e.g. "May 2024". */
    period: z.string().min(3),
    /** When the figures were published. */
    released: z.coerce.date(),
    /** Where the tables can be downloaded. */
    url: z.url({ protocol: /^https$/ }),
    /** The release notes. */
    notesUrl: z.url({ protocol: /^https$/ }).optional(),
    occupations: z.array(OccupationWageSchema).min(1),
  })
  .superRefine((dataset, ctx) => {
    const seen = new Set<string>();
    dataset.occupations.forEach((occupation, index) => {
      if (seen.has(occupation.soc)) ctx.addIssue({ code: 'custom', path: ['occupations', index, 'soc'], message: `duplicate SOC code "${occupation.soc}"` });
      seen.add(occupation.soc);
    });
  });

/** Letters, digits, apostrophes, hyphens and spaces: what a query word or phrase can be made of. */
const SearchPhraseSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[\p{L}\p{N}'’ -]+$/u, 'use words only (letters, digits, apostrophes, hyphens and spaces)');

/** Everyday words mapped to the site's vocabulary, for plain-language search (content/search/*.yaml). */
export const SearchVocabularySchema = z.strictObject({
  /** Words that carry no meaning in a query ("how", "should", "I"). */
  stopWords: z.array(SearchPhraseSchema).default([]),
  /** Everyday word or phrase → the words the site uses ("money" → "salary", "call back" → "call back"). */
  synonyms: z.record(SearchPhraseSchema, SearchPhraseSchema).default({}),
  /** Searches offered as a start in an empty search box, written the way a reader would type them. */
  examples: z.array(z.string().trim().min(3).max(60)).max(8).default([]),
});

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
