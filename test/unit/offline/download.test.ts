import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downloadAll, isQuotaError, offlineStatusText, type OfflineState } from '../../../src/lib/offline/download.ts';

/** A fake cache and network: `fail` URLs throw a network error, `quotaAfter` files fit before the quota is full. */
function fakePorts(options: { cached?: string[]; fail?: string[]; quotaAfter?: number } = {}) {
  const cache = new Set(options.cached ?? []);
  const reports: OfflineState[] = [];
  return {
    cache,
    reports,
    ports: {
      has: async (url: string) => cache.has(url),
      add: async (url: string) => {
        if (options.fail?.includes(url)) throw new TypeError('Failed to fetch');
        if (options.quotaAfter !== undefined && cache.size >= options.quotaAfter) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
        cache.add(url);
      },
      report: (state: OfflineState) => void reports.push(state),
    },
  };
}

describe('downloadAll', () => {
  it('caches what is missing, skips what is cached, and ends ready', async () => {
    const { cache, ports, reports } = fakePorts({ cached: ['/a/'] });
    expect(await downloadAll(['/a/', '/b/', '/c/'], ports)).toEqual({ kind: 'ready', done: 3, total: 3 });
    expect([...cache].sort()).toEqual(['/a/', '/b/', '/c/']);
    expect(reports[0]).toEqual({ kind: 'downloading', done: 0, total: 3 });
    expect(reports.at(-1)).toEqual({ kind: 'ready', done: 3, total: 3 });
  });

  it('stops at a full quota and keeps what it cached', async () => {
    const { cache, ports } = fakePorts({ quotaAfter: 2 });
    expect(await downloadAll(['/a/', '/b/', '/c/', '/d/'], ports)).toEqual({ kind: 'full', done: 2, total: 4 });
    expect(cache.size).toBe(2);
  });

  it('skips a failed file, goes on, and says how many to try again', async () => {
    const { cache, ports } = fakePorts({ fail: ['/b/'] });
    expect(await downloadAll(['/a/', '/b/', '/c/'], ports)).toEqual({ kind: 'partial', done: 2, total: 3, failed: 1 });
    expect(cache.has('/c/')).toBe(true);
  });

  it('always accounts for every file: done + failed = total unless the quota stopped it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.nat(999).map((n) => `/page-${n}/`),
          { maxLength: 30 },
        ),
        fc.array(fc.nat(29)),
        fc.option(fc.nat(30)),
        async (urls, failing, quota) => {
          const { ports } = fakePorts({ fail: failing.map((i) => urls[i]!).filter(Boolean), quotaAfter: quota ?? undefined });
          const state = await downloadAll(urls, ports);
          expect(state.total).toBe(urls.length);
          if (state.kind === 'full') expect(state.done).toBeLessThanOrEqual(urls.length);
          else expect(state.done + (state.kind === 'partial' ? state.failed : 0)).toBe(urls.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('isQuotaError', () => {
  it('knows the quota errors of Chromium, Safari and Firefox, and nothing else', () => {
    expect(isQuotaError(Object.assign(new Error(), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new TypeError('Failed to fetch'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('offlineStatusText', () => {
  it('says "Available offline" only when everything is saved, and a plain sentence otherwise', () => {
    expect(offlineStatusText({ kind: 'ready', done: 5, total: 5 })).toMatch(/^Available offline/);
    expect(offlineStatusText({ kind: 'downloading', done: 2, total: 5 })).toBe('Saving pages for offline use: 2 of 5.');
    expect(offlineStatusText({ kind: 'full', done: 2, total: 5 })).toMatch(/storage for this site is full, so only 2 of 5 pages/);
    expect(offlineStatusText({ kind: 'partial', done: 4, total: 5, failed: 1 })).toMatch(/1 could not be fetched and will be tried again/);
    expect(offlineStatusText({ kind: 'off' })).toMatch(/download is off/);
    expect(offlineStatusText({ kind: 'save-data' })).toMatch(/asked to save data/);
    expect(offlineStatusText({ kind: 'install-failed' })).toMatch(/couldn’t be saved for offline use this time.*try again the next time you open a page/);
    expect(offlineStatusText({ kind: 'unsupported' })).toBeNull();
  });
});
