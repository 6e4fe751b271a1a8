import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildFixtureSite, type FixtureBuild } from './helpers/fixture-build.ts';

/** A real `astro build` of a copy of the site with one broken guide added. */
describe('a guide with bad frontmatter', () => {
  let build: FixtureBuild;
  afterAll(() => build?.cleanup());

  it('fails the build, naming the file and each bad field', () => {
    build = buildFixtureSite(
      { 'content/guides/broken-guide.mdx': readFileSync('test/fixtures/content/guides/misspelt-key.mdx', 'utf8') },
      { keepContent: false },
    );
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('content/guides/broken-guide.mdx');
    expect(build.output).toMatch(/purposes\W*: \W*purposes: Required/);
    expect(build.output).toMatch(/Unrecognized key: \\?"purpose\\?"/);
  });
});
