/**
 * The place data in content/salary/states/: schemas, coverage, agreement with the national dataset, and
 * spot checks against the research (values copied here, never read from ../shared at run time).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PayTransparencyDatasetSchema, PriceLevelDatasetSchema, StateWageDatasetSchema } from '../../../src/schemas/state-wages.ts';
import { PERCENTILE_KEYS } from '../../../src/lib/salary/dataset.ts';
import { dataset, stateWages } from './fixtures.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(`content/salary/states/${file}`, 'utf8'));
const prices = read('bea-rpp-2024.json');
const laws = read('pay-transparency-2026.json');

/** One state row for one occupation, as shipped. */
function row(code: string, soc: string) {
  const area = stateWages.areas.find((a) => a.code === code);
  return area?.occupations.find((o) => o.soc === soc) ?? null;
}

describe('state wages (BLS OEWS, May 2024)', () => {
  it('passes its schema, with source, edition and URL', () => {
    const parsed = StateWageDatasetSchema.safeParse(stateWages);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(stateWages.citation).toBe('BLS OEWS, May 2024');
    expect(stateWages.period).toBe(dataset.period);
    expect(stateWages.url).toMatch(/^https:\/\/www\.bls\.gov\//);
  });

  it('covers 51 areas: the 50 states and DC, each once', () => {
    const codes = stateWages.areas.map((a) => a.code);
    expect(codes).toHaveLength(51);
    expect(new Set(codes).size).toBe(51);
    expect(codes).toContain('DC');
  });

  it('has percentiles in order wherever they are published', () => {
    for (const area of stateWages.areas)
      for (const r of area.occupations) {
        const present = PERCENTILE_KEYS.map((k) => r[k]).filter((v): v is number => v !== null);
        expect(present, `${area.code} ${r.soc}`).toEqual([...present].sort((a, b) => a - b));
      }
  });

  it('rejects a row whose percentiles fall', () => {
    const broken = structuredClone(stateWages);
    broken.areas[0]!.occupations[0]!.p25 = 1;
    expect(StateWageDatasetSchema.safeParse(broken).success).toBe(false);
  });

  it('has national rows equal to the national dataset, every column', () => {
    expect(stateWages.national.map((r) => r.soc).sort()).toEqual(
      dataset.occupations
        .map((o) => o.soc)
        .filter((soc) => soc !== '15-1299')
        .sort(),
    );
    for (const r of stateWages.national) {
      const o = dataset.occupations.find((x) => x.soc === r.soc)!;
      expect({ employment: r.employment, annualMean: r.annualMean, p10: r.p10, p25: r.p25, p50: r.p50, p75: r.p75, p90: r.p90 }, r.soc).toEqual({
        employment: o.employment,
        annualMean: o.annualMean,
        ...o.annual,
      });
    }
  });

  it('matches the research, spot-checked row by row', () => {
    // local-pay.md, 15-1232 table, row "Mississippi (MS) | 3,220 | 50,540 | 29,910 | 36,870 | 46,690 | 60,840 | 76,280"
    expect(row('MS', '15-1232')).toEqual({
      soc: '15-1232',
      employment: 3220,
      annualMean: 50_540,
      p10: 29_910,
      p25: 36_870,
      p50: 46_690,
      p75: 60_840,
      p90: 76_280,
    });
    // 15-1232, "District of Columbia (DC) | 3,690 | 79,040 | 56,780 | 62,400 | 76,880 | 90,040 | 105,840"
    expect(row('DC', '15-1232')).toEqual({
      soc: '15-1232',
      employment: 3690,
      annualMean: 79_040,
      p10: 56_780,
      p25: 62_400,
      p50: 76_880,
      p75: 90_040,
      p90: 105_840,
    });
    // 15-1232, "Texas (TX) | 61,290 | 58,620 | 36,280 | 45,750 | 55,320 | 66,820 | 83,680"
    expect(row('TX', '15-1232')).toMatchObject({ p10: 36_280, p25: 45_750, p50: 55_320, p75: 66_820, p90: 83_680 });
    // 15-1232, "California (CA) | 70,920 | 81,710 | 48,530 | 61,190 | 76,870 | 98,850 | 119,670"
    expect(row('CA', '15-1232')).toMatchObject({ employment: 70_920, p25: 61_190, p50: 76_870 });
    // 15-1232, "Alabama (AL) | 7,430 | 51,960 | 33,800 | 40,360 | 48,860 | 60,940 | 74,170"
    expect(row('AL', '15-1232')).toMatchObject({ annualMean: 51_960, p10: 33_800, p90: 74_170 });
    // 15-1231, "Mississippi (MS) | 1,750 | 55,820 | 35,990 | 35,990 | 50,600 | 66,160 | 82,060"
    expect(row('MS', '15-1231')).toMatchObject({ p10: 35_990, p25: 35_990, p50: 50_600 });
    // 15-1244, "New York (NY) | 19,770 | 111,440 | 67,360 | 82,150 | 104,050 | 132,940 | 162,580"
    expect(row('NY', '15-1244')).toMatchObject({ p25: 82_150, p50: 104_050, p90: 162_580 });
    // 15-1252, "California (CA) | 292,630 | 185,750 | 103,950 | 134,820 | 170,910 | 212,280 | n/a"
    expect(row('CA', '15-1252')).toMatchObject({ p50: 170_910, p75: 212_280, p90: null });
    // 15-1252, "Washington (WA) | 91,470 | 175,600 | 102,630 | 132,870 | 166,910 | 207,370 | n/a"
    expect(row('WA', '15-1252')).toMatchObject({ p25: 132_870, p90: null });
    // 15-1252, "Mississippi (MS) | 3,200 | 87,990 | 29,760 | 51,890 | 86,460 | 123,710 | 136,390"
    expect(row('MS', '15-1252')).toMatchObject({ p10: 29_760, p50: 86_460 });
    // 15-1253, "Wyoming (WY) | no row | …": absent, so the calculator falls back to national
    expect(row('WY', '15-1253')).toBeNull();
    // 15-1212, "South Carolina (SC) | 1,470 | n/a | n/a | n/a | n/a | n/a | n/a"
    expect(row('SC', '15-1212')).toEqual({ soc: '15-1212', employment: 1470, annualMean: null, p10: null, p25: null, p50: null, p75: null, p90: null });
    // 15-2051, "Wyoming (WY) | n/a | 85,480 | 49,190 | 49,190 | 95,840 | 97,370 | 129,880"
    expect(row('WY', '15-2051')).toMatchObject({ employment: null, p10: 49_190, p50: 95_840 });
  });
});

describe('price levels (BEA Regional Price Parities, 2024)', () => {
  it('passes its schema, covers the same 51 areas, and matches the research', () => {
    const parsed = PriceLevelDatasetSchema.safeParse(prices);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.areas.map((a) => a.code).sort()).toEqual(stateWages.areas.map((a) => a.code).sort());
    expect(parsed.data.edition).toContain('2024');
    const rpp = Object.fromEntries(parsed.data.areas.map((a) => [a.code, a.rpp]));
    // local-pay.md table B1: "Mississippi | 86.953", "California | 110.720", "District of Columbia | 109.901", "Arkansas | 86.937", "Texas | 97.057"
    expect([rpp.MS, rpp.CA, rpp.DC, rpp.AR, rpp.TX]).toEqual([86.953, 110.72, 109.901, 86.937, 97.057]);
  });
});

describe('pay-transparency laws', () => {
  it('passes its schema: each law names the state, the law, the date and a source', () => {
    const parsed = PayTransparencyDatasetSchema.safeParse(laws);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    if (!parsed.success) return;
    const codes = new Set(stateWages.areas.map((a) => a.code));
    for (const law of parsed.data.laws) expect(codes.has(law.area), law.area).toBe(true);
    const byArea = Object.fromEntries(parsed.data.laws.map((l) => [l.area, l]));
    // pay-transparency.md table 1: Colorado 1 Jan 2021, California 1 Jan 2023, DC 30 Jun 2024, Massachusetts 29 Oct 2025
    expect(byArea.CO?.effective.toISOString().slice(0, 10)).toBe('2021-01-01');
    expect(byArea.CA?.law).toContain('SB 1162');
    expect(byArea.DC?.effective.toISOString().slice(0, 10)).toBe('2024-06-30');
    expect(byArea.MA?.effective.toISOString().slice(0, 10)).toBe('2025-10-29');
    // Mississippi and Texas have no statewide law in the research.
    expect(byArea.MS).toBeUndefined();
    expect(byArea.TX).toBeUndefined();
  });
});
