import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildFixtureSite, type FixtureBuild } from './helpers/fixture-build.ts';

/** A valid guide whose body is the hostile part. */
function guideWith(body: string): string {
  return `---
title: "A guide that tries to run script"
description: "This fixture checks that MDX content cannot inject script into the built site, whatever its author writes."
stage: before
purposes: [details]
order: 99
updated: 2026-11-22
---

Some ordinary text first.

${body}
`;
}

/** Every HTML file a fixture build wrote. */
function builtHtml(root: string): string {
  const dist = path.join(root, 'dist');
  if (!existsSync(dist)) return '';
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => readFileSync(path.join(dist, file), 'utf8'))
    .join('\n');
}

describe('content cannot inject script', () => {
  let build: FixtureBuild | undefined;
  afterEach(() => build?.cleanup());

  it.each([
    ['a <script> element', '<script>alert("owned")</script>', /<script>alert/],
    ['an onerror attribute', '<img src="missing.png" alt="" onerror="alert(1)" />', /onerror=/i],
    ['a javascript: link', '<a href="javascript:alert(1)">click</a>', /javascript:alert/],
    ['set:html', '<div set:html="<script>alert(1)</script>" />', /<script>alert/],
    ['an expression that renders script', '{<script>alert(1)</script>}', /<script>alert/],
  ])('%s fails the build, naming the file, and nothing reaches the output', (_label, body, leaked) => {
    build = buildFixtureSite({ 'content/guides/hostile.mdx': guideWith(body) }, { keepContent: false });
    expect(build.code, build.output.slice(-2000)).not.toBe(0);
    expect(build.output).toContain('hostile.mdx');
    expect(build.output).toMatch(/not allowed in content/);
    expect(builtHtml(build.root)).not.toMatch(leaked);
  });

  it('still builds a guide that uses the allowed components', () => {
    build = buildFixtureSite(
      { 'content/guides/friendly.mdx': guideWith('<Callout type="tip">Be kind.</Callout>\n\n{/* a comment is fine */}\n\n<SayThis label="Hello">Hi, this is [your name].</SayThis>') },
      { keepContent: false },
    );
    expect(build.code, build.output.slice(-2000)).toBe(0);
    expect(builtHtml(build.root)).toContain('Be kind.');
  });
});
