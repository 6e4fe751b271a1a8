/** The frontmatter contract of a long-form guide (content/guides/*.mdx). */
import { z } from 'astro/zod';
import { STAGE_IDS } from '../lib/purposes.ts';
import { PurposeIdSchema, SourceSchema, displayText } from './common.ts';

/** Frontmatter of a long-form guide in content/guides/. */
export const GuideSchema = z.strictObject({
  /** The page title and H1. */
  title: displayText(5, 90),
  /** Meta description and listing summary; search engines cut anything longer than 160 characters. */
  description: displayText(40, 160),
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
