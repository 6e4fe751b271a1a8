import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/lib/security-headers.ts';
import { DIST, readBuiltPage } from './helpers/built-pages.ts';
import { sitemapPaths } from '../e2e/helpers/site.ts';

const rules = parseHeadersFile(readFileSync(path.join(DIST, '_headers'), 'utf8'));
const pages = [...sitemapPaths(), '/404.html'];

describe('security headers for static hosts', () => {
  it('sends every response the basics, and keeps document-only headers off assets', () => {
    const asset = new Map(headersFor(rules, '/_astro/any.js'));
    expect(asset.get('X-Content-Type-Options')).toBe('nosniff');
    expect(asset.get('Referrer-Policy')).toBe('no-referrer');
    expect(asset.has('Permissions-Policy')).toBe(false);
  });

  it.each(pages)('%s gets the hardening headers and a CSP equal to its meta policy plus frame-ancestors', (urlPath) => {
    const headers = new Map(headersFor(rules, urlPath));
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
    // Only the practice drill records answers, so only it may use the microphone (issue 14).
    const microphone = urlPath === '/practice/' ? 'microphone=\\(self\\)' : 'microphone=\\(\\)';
    expect(headers.get('Permissions-Policy')).toMatch(new RegExp(`camera=\\(\\).*geolocation=\\(\\).*${microphone}`));
    expect(headers.get('X-Frame-Options')).toBe('DENY');
    const file = urlPath.endsWith('/') ? `${urlPath.slice(1)}index.html` : urlPath.slice(1);
    const meta = readBuiltPage(file).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const norm = (policy: string) => policy.split(';').map((d) => d.trim()).filter(Boolean).sort();
    expect(meta).not.toBe('');
    expect(norm(headers.get('Content-Security-Policy') ?? '')).toEqual(norm(`${meta}; frame-ancestors 'none'`));
  });
});
