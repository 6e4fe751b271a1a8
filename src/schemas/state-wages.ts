/**
 * Place-based pay data in content/salary/states/: BLS OEWS state wages, BEA Regional Price Parities and
 * state pay-transparency laws. Each figure is copied as recorded in the research, with its source.
 */
import { z } from 'astro/zod';
import { PUBLICATION_FIELDS } from './common.ts';

/** A two-letter USPS code for one of the 50 states or the District of Columbia. */
export const AreaCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'use the two-letter postal code, e.g. MS');

/** A published wage, or null where BLS left the cell blank (not releasable or top-coded). */
const Wage = z.number().int().positive().nullable();

const PERCENTILES = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;

/** True when each published percentile is at least the one before it (blank ones are skipped). */
function inOrder(row: Record<(typeof PERCENTILES)[number], number | null>): boolean {
  let previous = 0;
  for (const key of PERCENTILES) {
    const value = row[key];
    if (value === null) continue;
    if (value < previous) return false;
    previous = value;
  }
  return true;
}

/** One occupation's May 2024 wages in one place, as the state file records them. */
export const StateOccupationWageSchema = z
  .strictObject({
    /** Standard Occupational Classification code, e.g. 15-1232. */
    soc: z.string().regex(/^\d{2}-\d{4}$/),
    /** Number employed (BLS TOT_EMP); null where BLS did not publish it. */
    employment: Wage,
    /** Annual mean wage in whole dollars (A_MEAN). */
    annualMean: Wage,
    /** Annual 10th percentile (A_PCT10). */
    p10: Wage,
    /** Annual 25th percentile (A_PCT25). */
    p25: Wage,
    /** Annual median (A_MEDIAN). */
    p50: Wage,
    /** Annual 75th percentile (A_PCT75). */
    p75: Wage,
    /** Annual 90th percentile (A_PCT90). */
    p90: Wage,
  })
  .refine(inOrder, { message: 'published percentiles must rise from p10 to p90' });

/** One state's (or DC's) rows; an occupation the copy has no row for is simply absent. */
export const StateAreaWagesSchema = z.strictObject({
  /** Two-letter postal code. */
  code: AreaCodeSchema,
  /** The name as BLS writes it, e.g. "District of Columbia". */
  name: z.string().min(4),
  occupations: z.array(StateOccupationWageSchema),
});

/** The BLS OEWS state file (content/salary/states/bls-oews-states-*.json). */
export const StateWageDatasetSchema = z
  .strictObject({
    ...PUBLICATION_FIELDS,
    /** Short citation shown next to every state figure: "BLS OEWS, May 2024". */
    citation: z.string().min(3).max(40),
    /** Reference period; must match the national dataset's. */
    period: z.string().min(3),
    /** The public copy of the BLS file the figures were read from. */
    copiedFrom: z.url({ protocol: /^https$/ }),
    /** The copy's national rows, kept to prove the copy matches the national dataset. */
    national: z.array(StateOccupationWageSchema),
    /** The 50 states and DC. */
    areas: z.array(StateAreaWagesSchema).length(51),
  })
  .superRefine((dataset, ctx) => {
    const seen = new Set<string>();
    dataset.areas.forEach((area, index) => {
      if (seen.has(area.code)) ctx.addIssue({ code: 'custom', path: ['areas', index, 'code'], message: `duplicate area "${area.code}"` });
      seen.add(area.code);
    });
  });

/** One state's all-items price level: U.S. = 100. */
export const AreaPriceLevelSchema = z.strictObject({
  code: AreaCodeSchema,
  name: z.string().min(4),
  /** All-items Regional Price Parity, to three decimals as BEA publishes it (110.720 = prices 10.72 % above the U.S. average). */
  rpp: z.number().positive().max(200),
});

/** BEA Regional Price Parities by state (content/salary/states/bea-rpp-*.json): context only, never a pay multiplier. */
export const PriceLevelDatasetSchema = z.strictObject({
  ...PUBLICATION_FIELDS,
  /** Short citation shown beside the price level: "BEA Regional Price Parities, 2024". */
  citation: z.string().min(3).max(60),
  /** Which release: BEA revises earlier years in each one, so editions must not be mixed. */
  edition: z.string().min(3),
  /** The year the price levels describe. */
  year: z.number().int().min(2008),
  copiedFrom: z.url({ protocol: /^https$/ }),
  areas: z.array(AreaPriceLevelSchema).length(51),
});

/** One state's law on pay ranges. */
export const PayTransparencyLawSchema = z.strictObject({
  area: AreaCodeSchema,
  /** `posting`: the range must be in the job posting. `on-request`: the employer must give it when asked or at a set point. */
  kind: z.enum(['posting', 'on-request']),
  /** The law's name as the sources give it. */
  law: z.string().min(5),
  /** When the duty took (or takes) effect. */
  effective: z.coerce.date(),
  /** Which employers it covers, in plain words. */
  threshold: z.string().min(5),
  /** Where we read it. */
  sourceUrl: z.url({ protocol: /^https?$/ }),
  /** The source's own date, as it gives it. */
  sourceDated: z.string().min(4),
  /** A caution about the sources, shown beside the law. */
  note: z.string().min(5).optional(),
});

/** Pay-transparency laws by state (content/salary/states/pay-transparency-*.json). */
export const PayTransparencyDatasetSchema = z
  .strictObject({
    title: z.string().min(5),
    /** When the research was compiled: laws in force on this date are "in force". */
    compiled: z.coerce.date(),
    /** The not-legal-advice line shown with every note. */
    caution: z.string().min(10),
    laws: z.array(PayTransparencyLawSchema).min(1),
  })
  .superRefine((dataset, ctx) => {
    const seen = new Set<string>();
    dataset.laws.forEach((law, index) => {
      if (seen.has(law.area)) ctx.addIssue({ code: 'custom', path: ['laws', index, 'area'], message: `two laws for "${law.area}"` });
      seen.add(law.area);
    });
  });

/** The BLS state file. */
export type StateWageDataset = z.output<typeof StateWageDatasetSchema>;
/** One state's wage rows. */
export type StateAreaWages = z.output<typeof StateAreaWagesSchema>;
/** One occupation's wages in one state. */
export type StateOccupationWage = z.output<typeof StateOccupationWageSchema>;
/** The BEA price-level file. */
export type PriceLevelDataset = z.output<typeof PriceLevelDatasetSchema>;
/** The pay-transparency file. */
export type PayTransparencyDataset = z.output<typeof PayTransparencyDatasetSchema>;
/** One state's pay-transparency law. */
export type PayTransparencyLaw = z.output<typeof PayTransparencyLawSchema>;
