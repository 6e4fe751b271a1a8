/** Builds one state's figures from the three place datasets, at build time (the per-state JSON endpoint). */
import type { PayTransparencyDataset, PriceLevelDataset, StateWageDataset } from '../../schemas/state-wages.ts';
import type { AreaFigures, AreaOption } from './area.ts';

/** An ISO day, YYYY-MM-DD, from a date read as UTC midnight. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The picker's states and DC, in alphabetical order. */
export function areaOptions(wages: StateWageDataset): AreaOption[] {
  return wages.areas.map(({ code, name }) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** One state's figures, or null for a code the wage file does not have. */
export function areaFigures(code: string, wages: StateWageDataset, prices: PriceLevelDataset | null, laws: PayTransparencyDataset | null): AreaFigures | null {
  const area = wages.areas.find((a) => a.code === code);
  if (!area) return null;
  const price = prices?.areas.find((a) => a.code === code);
  const law = laws?.laws.find((l) => l.area === code);
  return {
    code: area.code,
    name: area.name,
    citation: wages.citation,
    url: wages.url,
    wages: area.occupations,
    priceLevel: price && prices ? { rpp: price.rpp, citation: prices.citation, edition: prices.edition, url: prices.url } : null,
    law:
      law && laws
        ? {
            kind: law.kind,
            law: law.law,
            effective: isoDay(law.effective),
            threshold: law.threshold,
            sourceUrl: law.sourceUrl,
            sourceDated: law.sourceDated,
            ...(law.note ? { note: law.note } : {}),
            inForce: law.effective <= laws.compiled,
          }
        : null,
    lawCaution: laws?.caution ?? '',
  };
}
