import { z } from 'astro/zod';
import { PURPOSE_IDS } from '../purposes.ts';
import { QuestionSchema } from '../../schemas/question.ts';

/** Where a question sits in a typical recruiter's call (the `screenSlot` of a question in the bank). */
export type { ScreenSlot } from '../purposes.ts';

/**
 * One question as the drill uses it: the bank's frontmatter, its page address, and the sample answer
 * taken from its `<StrongAnswer>` at build time. Built from the collection, never written by hand.
 */
export const PracticeQuestionSchema = QuestionSchema.pick({
  prompt: true,
  purpose: true,
  roles: true,
  difficulty: true,
  targetSeconds: true,
  strongPoints: true,
  followUps: true,
  screenSlot: true,
}).extend({
  /** The collection entry id, e.g. `salary/what-salary-are-you-looking-for`; notes are stored under it. */
  id: z.string().min(1),
  /** The question's own page. */
  href: z.string().min(1),
  /** The strong sample answer's words, or null when the question has none. */
  sample: z.string().nullable(),
});

/** A question as the drill uses it. */
export type PracticeQuestion = z.output<typeof PracticeQuestionSchema>;

/** A page that helps with a purpose: its hub or a guide. */
export const HelpLinkSchema = z.strictObject({
  /** The page's title. */
  title: z.string().min(1),
  /** Its address, under the base path. */
  href: z.string().min(1),
});

/** A page that helps with a purpose. */
export type HelpLink = z.output<typeof HelpLinkSchema>;

/** Everything the drill fetches once a reader starts: the question bank and where to read up on each purpose. */
export const PracticeDataSchema = z.strictObject({
  /** Every question in the bank, as the drill uses it. */
  questions: z.array(PracticeQuestionSchema),
  /** For each purpose: its hub first, then the guides that prepare for it. */
  help: z.record(z.enum(PURPOSE_IDS), z.array(HelpLinkSchema)),
});

/** The drill's data file. */
export type PracticeData = z.output<typeof PracticeDataSchema>;
