import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../e2e/helpers/site.ts';

const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.webmanifest'), 'utf8')) as {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): string {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('the built web app manifest', () => {
  it('has every field an install prompt needs', () => {
    for (const field of ['name', 'short_name', 'start_url', 'scope', 'display', 'theme_color', 'background_color'] as const) expect(manifest[field], field).toBeTruthy();
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('lists icons that exist, with the sizes they claim', () => {
    expect(manifest.icons.length).toBeGreaterThanOrEqual(4);
    for (const icon of manifest.icons) {
      const file = path.join(DIST, icon.src);
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.type === 'image/png') expect(pngSize(file), icon.src).toBe(icon.sizes);
      else expect(readFileSync(file, 'utf8')).toMatch(/^<svg/);
    }
    expect(pngSize(path.join(DIST, 'icons', 'apple-touch-icon.png'))).toBe('180x180');
  });

  it('is linked from every page, with light and dark theme colors', () => {
    const home = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    expect(home).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    expect(home).toMatch(/<meta name="theme-color" media="\(prefers-color-scheme: light\)"/);
    expect(home).toMatch(/<meta name="theme-color" media="\(prefers-color-scheme: dark\)"/);
  });

  it('gives every page a tab icon that is a small PNG that exists (an SVG one costs main-thread time at load)', () => {
    const home = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const icon = /<link rel="icon" href="([^"]+)" sizes="(\d+x\d+)" type="image\/png"/.exec(home);
    expect(icon, 'a PNG <link rel="icon"> with its size').not.toBeNull();
    expect(pngSize(path.join(DIST, icon![1]!))).toBe(icon![2]);
    expect(home).not.toMatch(/<link rel="icon"[^>]*svg/);
  });

  it('has a service worker served with no-cache, and its list of background files', () => {
    expect(readFileSync(path.join(DIST, 'sw.js'), 'utf8')).toContain('precache');
    const headers = readFileSync(path.join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/sw\.js\n\s+Cache-Control: no-cache$/m);
    const list = JSON.parse(readFileSync(path.join(DIST, 'offline-files.json'), 'utf8')) as { buildId: string; urls: string[] };
    expect(list.buildId).toMatch(/^[0-9a-f]{12}$/);
    expect(list.urls).toContain('/guides/be-reachable/');
  });
});
