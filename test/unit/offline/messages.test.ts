import { describe, expect, it } from 'vitest';
import { isOtherBuildCache, offlineCacheNames } from '../../../src/lib/offline/messages.ts';
import { offlinePreferenceRecord } from '../../../src/lib/offline/preference.ts';
import { memoryStorage, openRecordStore } from '../../../src/lib/storage/index.ts';
import { webManifest } from '../../../src/lib/offline/manifest.ts';

describe('offlineCacheNames and isOtherBuildCache', () => {
  it('names each build’s caches apart and finds only other builds’ caches to delete', () => {
    const names = offlineCacheNames('abc123');
    expect(names).toEqual({ pages: 'psg-pages-abc123', search: 'psg-search-abc123' });
    expect(isOtherBuildCache(names.pages, 'abc123')).toBe(false);
    expect(isOtherBuildCache('psg-pages-old999', 'abc123')).toBe(true);
    // Workbox's precache manages its own versions; it is never ours to delete.
    expect(isOtherBuildCache('workbox-precache-v2-http://127.0.0.1/', 'abc123')).toBe(false);
  });
});

describe('offlinePreferenceRecord', () => {
  it('is on by default, keeps "off", and backs up anything it cannot read', () => {
    const storage = memoryStorage();
    const store = openRecordStore(offlinePreferenceRecord, storage);
    expect(store.load().value.background).toBe(true);
    store.save({ version: 1, background: false });
    expect(openRecordStore(offlinePreferenceRecord, storage).load().value.background).toBe(false);
    const corrupt = memoryStorage({ 'psg:offline:v1': '{"version":1,"background":"no"}' });
    expect(openRecordStore(offlinePreferenceRecord, corrupt).load()).toMatchObject({ value: { background: true }, problem: 'invalid' });
  });
});

describe('webManifest', () => {
  it('has what install prompts require, scoped to the base path', () => {
    const manifest = webManifest('/jobs');
    expect(manifest).toMatchObject({ name: 'Phone Screen Guide', short_name: 'Phone Screen', start_url: '/jobs/', scope: '/jobs/', display: 'standalone' });
    const sizes = manifest.icons.filter((icon) => icon.type === 'image/png').map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) expect(icon.src.startsWith('/jobs/')).toBe(true);
  });
});
