import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshContentIntegration } from '../../../src/integrations/fresh-content.ts';

/** Runs the integration's config hook against a cache folder, the way Astro calls it. */
function runSetup(cacheDir: string): void {
  const hook = freshContentIntegration().hooks['astro:config:setup'] as unknown as (options: { config: { cacheDir: URL } }) => void;
  hook({ config: { cacheDir: pathToFileURL(`${cacheDir}${path.sep}`) } });
}

describe('freshContentIntegration', () => {
  it("removes Astro's parsed-content store and nothing else from the cache folder", () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'psg-cache-'));
    try {
      writeFileSync(path.join(cacheDir, 'data-store.json'), '{}');
      writeFileSync(path.join(cacheDir, 'other.json'), '{}');
      runSetup(cacheDir);
      expect(existsSync(path.join(cacheDir, 'data-store.json'))).toBe(false);
      expect(existsSync(path.join(cacheDir, 'other.json'))).toBe(true);
      // A first build has no store yet: nothing to remove, and no error.
      expect(() => runSetup(cacheDir)).not.toThrow();
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
