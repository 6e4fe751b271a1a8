import { describe, expect, it } from 'vitest';
import { SalaryDatasetSchema, WagePercentilesSchema } from '../../../src/schemas/wage-data.ts';
import { latestDataset, occupationsByTrack, percentilesInOrder } from '../../../src/lib/salary/dataset.ts';
import { annualToHourlyCents } from '../../../src/lib/salary/round.ts';
import { dataset } from './fixtures.ts';

describe('the shipped wage data', () => {
  it('passes its schema', () => {
    const parsed = SalaryDatasetSchema.safeParse(dataset);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('lists the eleven researched occupations, grouped as the research maps them', () => {
    expect(dataset.occupations).toHaveLength(11);
    const groups = Object.fromEntries(occupationsByTrack(dataset.occupations).map((g) => [g.track, g.occupations.map((o) => o.soc).sort()]));
    expect(groups).toEqual({
      support: ['15-1231', '15-1232'],
      it: ['15-1242', '15-1244'],
      developer: ['15-1252', '15-1253', '15-1254'],
      data: ['15-2051'],
      security: ['15-1212'],
      analyst: ['15-1211'],
      other: ['15-1299'],
    });
  });

  it('agrees with itself: each hourly median is the annual median ÷ 2,080, to the cent', () => {
    // BLS computes annual wages as hourly × 2,080, so a transcription slip in either column shows up here.
    for (const occupation of dataset.occupations) {
      expect(Math.abs(annualToHourlyCents(occupation.annual.p50) - occupation.hourlyMedianCents), occupation.soc).toBeLessThanOrEqual(1);
    }
  });

  it('keeps the figures the research double-checked for 15-1232 and 15-1252', () => {
    const bySoc = Object.fromEntries(dataset.occupations.map((o) => [o.soc, o.annual]));
    expect(bySoc['15-1232']).toEqual({ p10: 38_780, p25: 47_580, p50: 60_340, p75: 77_010, p90: 98_010 });
    expect(bySoc['15-1252']).toEqual({ p10: 79_850, p25: 103_050, p50: 133_080, p75: 169_000, p90: 211_450 });
  });
});

describe('the schemas', () => {
  it('turn down percentiles out of order and duplicate SOC codes', () => {
    expect(WagePercentilesSchema.safeParse({ p10: 5, p25: 4, p50: 6, p75: 7, p90: 8 }).success).toBe(false);
    const [first] = dataset.occupations;
    const duplicated = SalaryDatasetSchema.safeParse({ ...dataset, occupations: [first, first] });
    expect(duplicated.success).toBe(false);
    expect(JSON.stringify(duplicated.error?.issues)).toContain('duplicate SOC code');
  });

  it('percentilesInOrder skips missing percentiles and catches any drop', () => {
    expect(percentilesInOrder({ p25: 1, p90: 2 })).toBe(true);
    expect(percentilesInOrder({ p25: 3, p75: 2 })).toBe(false);
    expect(percentilesInOrder({ p10: 1, p25: 1, p50: 1, p75: 1, p90: 1 })).toBe(true);
  });

  it('latestDataset picks the newest release', () => {
    const old = { released: new Date('2024-04-03') };
    const recent = { released: new Date('2025-04-02') };
    expect(latestDataset([old, recent])).toBe(recent);
    expect(latestDataset([])).toBeNull();
  });
});
