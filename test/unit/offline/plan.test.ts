import { describe, expect, it } from 'vitest';
import { INSTALL_PAGES, fileUrl, offlinePlan, offlineRole } from '../../../src/lib/offline/plan.ts';

describe('offlineRole', () => {
  it('caches the tools, the shell and the search engine at install', () => {
    for (const page of INSTALL_PAGES) expect(offlineRole(page)).toBe('install');
    for (const file of [
      '_astro/Base.abc.css',
      '_astro/Checklist.x1.js',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
      'pagefind/pagefind.en_1.pf_meta',
      'pagefind/filter/en_1.pf_filter',
      'salary/data/ms.json',
      'manifest.webmanifest',
      'icons/icon-192.png',
    ])
      expect(offlineRole(file), file).toBe('install');
  });

  it('leaves every other page and the index chunks for the background', () => {
    for (const file of [
      'guides/be-reachable/index.html',
      'questions/salary/x/index.html',
      'privacy/index.html',
      'pagefind/index/en_1.pf_index',
      'pagefind/fragment/en_2.pf_fragment',
    ])
      expect(offlineRole(file), file).toBe('background');
  });

  it('never caches what a browser never asks a worker for', () => {
    for (const file of [
      '_headers',
      'sitemap-index.xml',
      'robots.txt',
      '404.html',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-worker.js',
      'pagefind/wasm.unknown.pagefind',
      'sw.js',
      'offline-files.json',
    ])
      expect(offlineRole(file), file).toBe('never');
  });
});

describe('offlinePlan', () => {
  it('splits files into sorted install and background lists', () => {
    expect(offlinePlan(['guides/b/index.html', 'index.html', '_headers', 'guides/a/index.html', '_astro/a.js'])).toEqual({
      install: ['_astro/a.js', 'index.html'],
      background: ['guides/a/index.html', 'guides/b/index.html'],
    });
  });
});

describe('fileUrl', () => {
  it('asks for a directory page by its folder URL, under the base path', () => {
    expect(fileUrl('index.html')).toBe('/');
    expect(fileUrl('guides/be-reachable/index.html')).toBe('/guides/be-reachable/');
    expect(fileUrl('pagefind/index/en_1.pf_index', '/jobs')).toBe('/jobs/pagefind/index/en_1.pf_index');
  });
});
