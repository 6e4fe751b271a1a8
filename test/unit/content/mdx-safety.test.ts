import { describe, expect, it } from 'vitest';
import { unsafeElementReason, unsafeEsmReason, unsafeExpressionReason } from '../../../src/lib/content/mdx-safety.ts';

const attr = (name: string, value: unknown = 'x') => ({ type: 'mdxJsxAttribute' as const, name, value });

describe('unsafe MDX', () => {
  it.each([
    ['script', []],
    ['SCRIPT', []],
    ['iframe', [attr('src', 'https://example.org')]],
    ['img', [attr('onerror', 'alert(1)')]],
    ['a', [attr('onClick', 'x()')]],
    ['a', [attr('href', 'javascript:alert(1)')]],
    ['a', [attr('href', ' JavaScript:alert(1)')]],
    ['div', [attr('set:html', '<b>x</b>')]],
    ['p', [attr('style', 'color:red')]],
    ['div', [{ type: 'mdxJsxExpressionAttribute' as const }]],
    ['a', [attr('title', { type: 'mdxJsxAttributeValueExpression', value: '"<script>"' })]],
  ])('rejects <%s> with %j', (name, attributes) => {
    expect(unsafeElementReason(name, attributes)).toMatch(/not allowed|could inject/);
  });

  it.each([
    ['Callout', [attr('type', 'tip')]],
    ['SayThis', [attr('label', 'Calling back')]],
    ['a', [attr('href', '/salary/')]],
    ['a', [attr('href', 'https://www.bls.gov/oes/')]],
    ['Checklist', [attr('list', 'day-before')]],
  ])('allows <%s> with %j', (name, attributes) => {
    expect(unsafeElementReason(name, attributes)).toBeNull();
  });

  it('allows comments but no other expressions', () => {
    expect(unsafeExpressionReason('/* a note for editors */')).toBeNull();
    expect(unsafeExpressionReason('1 + 1')).toMatch(/not allowed/);
    expect(unsafeExpressionReason('<script>alert(1)</script>')).toMatch(/not allowed/);
  });

  it('explains why imports are refused', () => {
    expect(unsafeEsmReason("import X from 'y'")).toMatch(/import\/export is not allowed/);
  });
});
