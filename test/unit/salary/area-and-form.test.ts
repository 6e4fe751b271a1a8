import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaOptions } from '../../../src/lib/salary/area-figures.ts';
import { NATIONAL_AREA, isKnownArea } from '../../../src/lib/salary/area.ts';
import { isSalaryForm } from '../../../src/lib/salary/form-record.ts';
import { emptySalaryForm } from '../../../src/lib/salary/form.ts';
import { StateWageDatasetSchema } from '../../../src/schemas/state-wages.ts';

const wages = StateWageDatasetSchema.parse(JSON.parse(readFileSync('content/salary/states/bls-oews-states-may-2024.json', 'utf8')));

describe('areaOptions and isKnownArea', () => {
  it('lists the 50 states and DC by name, and knows only those codes and the national one', () => {
    const options = areaOptions(wages);
    expect(options).toHaveLength(51);
    expect(options.map((o) => o.name)).toEqual([...options.map((o) => o.name)].sort((a, b) => a.localeCompare(b)));
    expect(options.find((o) => o.code === 'MS')?.name).toBe('Mississippi');
    expect(isKnownArea('MS', options)).toBe(true);
    expect(isKnownArea(NATIONAL_AREA, options)).toBe(true);
    expect(isKnownArea('ZZ', options)).toBe(false);
    expect(isKnownArea('__proto__', options)).toBe(false);
  });
});

describe('isSalaryForm', () => {
  it('accepts a form as the calculator keeps it and refuses anything else', () => {
    const form = emptySalaryForm('15-1232');
    expect(isSalaryForm(form)).toBe(true);
    expect(isSalaryForm({ ...form, monthlyCosts: 2000 })).toBe(false);
    expect(isSalaryForm({ ...form, extra: 'x' })).toBe(false);
    expect(isSalaryForm({ ...form, monthlyCosts: 'x'.repeat(201) })).toBe(false);
    expect(isSalaryForm(null)).toBe(false);
    expect(isSalaryForm([form])).toBe(false);
  });
});
