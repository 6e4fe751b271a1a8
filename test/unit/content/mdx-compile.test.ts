import { describe, expect, it } from 'vitest';
import path from 'node:path';
import config from '../../../astro.config.mjs';

/*
 * The MDX-safety rules at compile level: each snippet goes through the very Markdown processor that
 * astro.config.mjs hands to @astrojs/mdx (its mdast and hast plugins included), so these tests prove the
 * rules are wired into the compile, not only that src/lib/content/mdx-safety.ts decides well.
 * One real build (test/content/build-rejects-script-in-content.test.ts) proves the build fails on them.
 */

/** Where the snippet claims to live, so the error can name it. */
const FILE = path.resolve('content/guides/hostile.mdx');

/** Compiles MDX the way `astro build` does for a guide (no syntax highlighting, as configured). */
async function compile(body: string): Promise<string> {
  const processor = config.markdown?.processor as unknown as {
    createMdxRenderer(shared: object, mdx: object): Promise<{ process(content: string, file: string, frontmatter: object): Promise<{ code: string }> }>;
  };
  const renderer = await processor.createMdxRenderer({ syntaxHighlight: false }, { optimize: false });
  const { code } = await renderer.process(`Some ordinary text first.\n\n${body}\n`, FILE, {});
  return code;
}

describe('the configured MDX compile refuses content that could run script', () => {
  it.each([
    ['a <script> element', '<script>alert("owned")</script>', /<script> is not allowed in content/],
    ['an <iframe>', '<iframe src="https://example.org"></iframe>', /<iframe> is not allowed in content/],
    ['a <style> element', '<style>{"p { color: red }"}</style>', /<style> is not allowed in content/],
    ['an onerror attribute', '<img src="missing.png" alt="" onerror="alert(1)" />', /event handler attribute "onerror"/],
    ['an onClick attribute on a component', '<Callout type="tip" onClick="alert(1)">Hi</Callout>', /event handler attribute "onClick"/],
    ['a javascript: link', '<a href="javascript:alert(1)">click</a>', /points at a javascript: URL/],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">click</a>', /points at a data: URL/],
    ['set:html', '<div set:html="<script>alert(1)</script>" />', /"set:html" is not allowed in content/],
    ['an inline style', '<p style="color:red">Red</p>', /inline "style" is not allowed/],
    ['a spread attribute', '<div {...props} />', /spread attributes are not allowed/],
    ['an attribute expression that builds script', '<a title={"<script>"}>x</a>', /expression that could inject script/],
    ['an expression that renders script', '{<script>alert(1)</script>}', /\{expressions\} are not allowed in content/],
    ['an inline expression', 'Two and two is {2 + 2}.', /\{expressions\} are not allowed in content/],
    ['an import', "import Evil from '../../src/evil.ts'", /import\/export is not allowed in content/],
    ['an export', 'export const x = 1', /import\/export is not allowed in content/],
  ])('%s fails, naming the file and line', async (_label, body, reason) => {
    const compiled = compile(body);
    await expect(compiled).rejects.toThrow(reason);
    await expect(compiled).rejects.toThrow(`Unsafe content in ${FILE}:3`);
  });

  it('compiles what guides use: the site components, a comment for editors, links and plain Markdown', async () => {
    const code = await compile(
      [
        '<Callout type="tip">Be kind.</Callout>',
        '{/* a comment is fine */}',
        '<SayThis label="Hello">Hi, this is [your name].</SayThis>',
        'See [the wage data](https://www.bls.gov/oes/) and [the calculator](/salary/).',
        '<Checklist list="day-before" />',
      ].join('\n\n'),
    );
    expect(code).toContain('Be kind.');
    expect(code).toContain('Hi, this is [your name].');
    expect(code).toContain('https://www.bls.gov/oes/');
    expect(code).not.toContain('a comment is fine');
  });
});
