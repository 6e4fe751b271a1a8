import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { absoluteUrl, routes, withBase } from '../../src/lib/url.ts';

describe('withBase', () => {
  it('joins a path to the base, with exactly one slash between them', () => {
    expect(withBase('/guides/', '/')).toBe('/guides/');
    expect(withBase('/guides/', '/docs')).toBe('/docs/guides/');
    expect(withBase('guides/', '/docs/')).toBe('/docs/guides/');
    expect(withBase('///practice/questions.json', '/psg/')).toBe('/psg/practice/questions.json');
  });

  it('uses the configured base when none is given (the root in tests)', () => {
    expect(withBase('/checklist/')).toBe('/checklist/');
  });

  it('never doubles a slash, whatever the base and path', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.array(segment, { maxLength: 3 }), fc.boolean(), (baseParts, pathParts, trailing) => {
        const base = baseParts.length === 0 ? '/' : `/${baseParts.join('/')}${trailing ? '/' : ''}`;
        const joined = withBase(`/${pathParts.join('/')}`, base);
        expect(joined).not.toMatch(/\/\//);
        expect(joined.startsWith(base.endsWith('/') ? base : `${base}/`)).toBe(true);
      }),
    );
  });
});

describe('routes', () => {
  it('builds every route under the base path', () => {
    expect(routes.guide('be-reachable')).toBe('/guides/be-reachable/');
    expect(routes.question('salary', 'what-salary-are-you-looking-for')).toBe('/questions/salary/what-salary-are-you-looking-for/');
    expect(routes.search('thank you email')).toBe('/search/?q=thank%20you%20email');
    expect(routes.search()).toBe('/search/');
    expect(routes.stories()).toBe('/stories/');
    expect(routes.stories('salary', ['support', 'it'])).toBe('/stories/?purpose=salary&roles=support,it');
    expect(routes.stories('fit')).toBe('/stories/?purpose=fit');
    expect(routes.messages()).toBe('/messages/');
  });
});

describe('absoluteUrl', () => {
  it('resolves a path against the site origin', () => {
    expect(absoluteUrl('/guides/be-reachable/', 'https://phone-screen-guide.example')).toBe('https://phone-screen-guide.example/guides/be-reachable/');
    expect(absoluteUrl('/privacy/', new URL('https://example.org/base/'))).toBe('https://example.org/privacy/');
  });
});
