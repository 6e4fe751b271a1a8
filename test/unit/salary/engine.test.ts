import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAreaFigures, switchUnit, type UnitMemo } from '../../../src/lib/salary/engine.ts';
import { emptySalaryForm } from '../../../src/lib/salary/form.ts';

describe('switchUnit', () => {
  it('converts the pay fields to the other unit, and gives back what was typed when switching straight back', () => {
    const memo: UnitMemo = {};
    const yearly = { ...emptySalaryForm('15-1232'), currentPay: '35000', monthlyCosts: '1800' };
    const hourly = switchUnit(yearly, 'hour', memo);
    expect(hourly.unit).toBe('hour');
    expect(hourly.currentPay).not.toBe('35000');
    expect(Number(hourly.currentPay.replace(/,/g, ''))).toBeGreaterThan(0);
    // Monthly costs are not a pay field: untouched.
    expect(hourly.monthlyCosts).toBe('1800');
    expect(switchUnit(hourly, 'year', memo).currentPay).toBe('35000');
  });
});

describe('loadAreaFigures', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("fetches one state's JSON, and gives null when the request fails", async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.resolve(url.endsWith('/MS.json') ? new Response(JSON.stringify({ code: 'MS' }), { status: 200 }) : new Response('', { status: 404 }));
    });
    expect(await loadAreaFigures('MS')).toEqual({ code: 'MS' });
    expect(await loadAreaFigures('ZZ')).toBeNull();
    expect(fetched).toEqual(['/salary/data/MS.json', '/salary/data/ZZ.json']);
  });
});
