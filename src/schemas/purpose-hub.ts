/** The frontmatter contract of a purpose hub (content/purposes/<purpose id>.mdx). */
import { z } from 'astro/zod';
import { SourceSchema, displayText } from './common.ts';

/** Frontmatter of a purpose hub in content/purposes/<purpose id>.mdx. */
export const PurposeSchema = z.strictObject({
  /** Hub heading, e.g. "Salary: can they afford you?" */
  title: displayText(5, 90),
  /** One sentence: what the caller is checking. */
  checking: displayText(20, 220),
  /** Meta description for the hub. */
  description: displayText(40, 160),
  /** Display order, 1–6. */
  order: z.number().int().min(1).max(6),
  /** Sources for every fact or figure the hub states. */
  sources: z.array(SourceSchema).default([]),
});
