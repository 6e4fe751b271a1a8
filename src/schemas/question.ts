/** The frontmatter contract of a question in the bank (content/questions/<purpose>/*.mdx). */
import { z } from 'astro/zod';
import { SCREEN_SLOTS } from '../lib/purposes.ts';
import { PurposeIdSchema, RoleIdSchema, displayText } from './common.ts';

/** Difficulty of a question, as a practice hint. */
export const DifficultySchema = z.enum(['easy', 'medium', 'hard']);

/** Frontmatter of a question in content/questions/<purpose>/. */
export const QuestionSchema = z.strictObject({
  /** The question as a caller would really say it. */
  prompt: displayText(10, 200),
  /** The purpose it serves; must match its folder. */
  purpose: PurposeIdSchema,
  /** Role tracks it applies to (`any` means all). */
  roles: z.array(RoleIdSchema).min(1),
  /** How hard the question usually is to answer well, as a practice hint. */
  difficulty: DifficultySchema,
  /** A good spoken answer's length, in seconds. */
  targetSeconds: z.number().int().min(10).max(300),
  /** Three to five short checks of a strong answer, shown by the practice drill. */
  strongPoints: z.array(displayText(3, 140)).min(3).max(5),
  /** What the caller may ask next. */
  followUps: z.array(displayText(5, 200)).default([]),
  /** Its place in a typical screen's running order, if it is one of the usual beats. */
  screenSlot: z.enum(SCREEN_SLOTS).optional(),
});
