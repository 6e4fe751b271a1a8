import { z } from 'astro/zod';
import { PURPOSE_IDS, ROLE_IDS } from '../purposes.ts';
import type { SCREEN_SLOTS } from '../../content.config.ts';
import { SCREEN_SLOT_ORDER } from './select.ts';

/** Where a question sits in a typical recruiter's call (the `screenSlot` of a question in the bank). */
export type ScreenSlot = (typeof SCREEN_SLOTS)[number];

/**
 * One question as the drill uses it: the bank's frontmatter, its page address, and the sample answer
 * taken from its `<StrongAnswer>` at build time. Built from the collection, never written by hand.
 */
export const PracticeQuestionSchema = z.strictObject({
  /** The collection entry id, e.g. `salary/what-salary-are-you-looking-for`; notes are stored under it. */
  id: z.string().min(1),
  /** The question's own page. */
  href: z.string().min(1),
  prompt: z.string().min(1),
  purpose: z.enum(PURPOSE_IDS),
  roles: z.array(z.enum(ROLE_IDS)).min(1),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  targetSeconds: z.number().int().positive(),
  strongPoints: z.array(z.string()).min(1),
  followUps: z.array(z.string()),
  screenSlot: z.enum(SCREEN_SLOT_ORDER).optional(),
  /** The strong sample answer's words, or null when the question has none. */
  sample: z.string().nullable(),
});

/** A question as the drill uses it. */
export type PracticeQuestion = z.output<typeof PracticeQuestionSchema>;

/** A page that helps with a purpose: its hub or a guide. */
export const HelpLinkSchema = z.strictObject({ title: z.string().min(1), href: z.string().min(1) });

/** A page that helps with a purpose. */
export type HelpLink = z.output<typeof HelpLinkSchema>;

/** Everything the drill fetches once a reader starts: the question bank and where to read up on each purpose. */
export const PracticeDataSchema = z.strictObject({
  questions: z.array(PracticeQuestionSchema),
  /** For each purpose: its hub first, then the guides that prepare for it. */
  help: z.record(z.enum(PURPOSE_IDS), z.array(HelpLinkSchema)),
});

/** The drill's data file. */
export type PracticeData = z.output<typeof PracticeDataSchema>;
