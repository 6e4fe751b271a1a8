/** The contract of a sourced wage dataset (content/salary/*.json). Money is whole dollars or cents. */
import { z } from 'astro/zod';
import { PUBLICATION_FIELDS } from './common.ts';
import { percentilesInOrder } from '../lib/salary/percentiles.ts';
import { SALARY_TRACK_IDS } from '../lib/salary/tracks.ts';

/** Annual wage percentiles in whole US dollars, as BLS publishes them (A_PCT10 … A_PCT90). */
export const WagePercentilesSchema = z
  .strictObject({
    /** 10th percentile: one in ten earn less. */
    p10: z.number().int().positive(),
    /** 25th percentile. */
    p25: z.number().int().positive(),
    /** The median. */
    p50: z.number().int().positive(),
    /** 75th percentile. */
    p75: z.number().int().positive(),
    /** 90th percentile: one in ten earn more. */
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
  /** Annual wage percentiles (BLS A_PCT10 … A_PCT90). */
  annual: WagePercentilesSchema,
  /** Hourly median in cents, as BLS publishes it (H_MEDIAN 29.01 is 2901): money is kept in integers. */
  hourlyMedianCents: z.number().int().positive(),
});

/** A sourced wage dataset in content/salary/*.json. */
export const SalaryDatasetSchema = z
  .strictObject({
    ...PUBLICATION_FIELDS,
    /** Short citation shown next to every figure, e.g. "BLS, May 2024". */
    citation: z.string().min(3).max(40),
    /** Reference period, e.g. "May 2024". */
    period: z.string().min(3),
    /** The release notes. */
    notesUrl: z.url({ protocol: /^https$/ }).optional(),
    /** The occupations the calculator offers, each SOC code once. */
    occupations: z.array(OccupationWageSchema).min(1),
  })
  .superRefine((dataset, ctx) => {
    const seen = new Set<string>();
    dataset.occupations.forEach((occupation, index) => {
      if (seen.has(occupation.soc)) ctx.addIssue({ code: 'custom', path: ['occupations', index, 'soc'], message: `duplicate SOC code "${occupation.soc}"` });
      seen.add(occupation.soc);
    });
  });
