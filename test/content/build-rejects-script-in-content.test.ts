import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildFixtureSite, type FixtureBuild } from './helpers/fixture-build.ts';
import { builtHtmlFiles } from '../e2e/helpers/site.ts';

/*
 * One real `astro build` proves the wiring: a guide with hostile MDX fails the whole build.
 * Each rule is tested where it is cheap, through the same configured MDX compile
 * (test/unit/content/mdx-compile.test.ts) and on its own (test/unit/content/mdx-safety.test.ts).
 */

/** Each way a guide could try to run script, and what would show it reached the output. */
const HOSTILE: [body: string, leaked: RegExp][] = [
  ['<script>alert("owned")</script>', /<script>alert/],
  ['<img src="missing.png" alt="" onerror="alert(1)" />', /onerror=/i],
  ['<a href="javascript:alert(1)">click</a>', /javascript:alert/],
  ['<div set:html="<script>alert(1)</script>" />', /<script>alert/],
  ['{<script>alert(1)</script>}', /<script>alert/],
];

/** A valid guide whose body is the hostile part. */
const hostileGuide = `---
title: "A guide that tries to run script"
description: "This fixture checks that MDX content cannot inject script into the built site, whatever its author writes."
stage: before
purposes: [details]
order: 99
updated: 2026-11-22
---

Some ordinary text first.

${HOSTILE.map(([body]) => body).join('\n\n')}
`;

/** Every HTML file a fixture build wrote. */
function builtHtml(root: string): string {
  const dist = path.join(root, 'dist');
  if (!existsSync(dist)) return '';
  return builtHtmlFiles(dist)
    .map((file) => readFileSync(path.join(dist, file), 'utf8'))
    .join('\n');
}

describe('content cannot inject script', () => {
  let build: FixtureBuild | undefined;
  afterAll(() => build?.cleanup());

  it('a hostile guide fails the build, naming the file, and nothing reaches the output', () => {
    build = buildFixtureSite({ 'content/guides/hostile.mdx': hostileGuide }, { keepContent: false });
    expect(build.code, build.output.slice(-2000)).not.toBe(0);
    expect(build.output).toMatch(/Unsafe content in \S*hostile\.mdx:12: <script> is not allowed in content/);
    const html = builtHtml(build.root);
    for (const [, leaked] of HOSTILE) expect(html).not.toMatch(leaked);
  });
});
