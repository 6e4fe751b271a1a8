import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapedLength, MAX_TITLE, pageTitle, SITE_NAME } from '../../src/lib/page-title.ts';

describe('page titles', () => {
  it('adds the site name when it fits', () => {
    expect(pageTitle('Guides')).toBe(`Guides · ${SITE_NAME}`);
  });
  it('leaves the home page title alone', () => {
    expect(pageTitle(SITE_NAME)).toBe(SITE_NAME);
  });
  it('drops the site name when the title alone fits', () => {
    const title = 'Be reachable: voicemail, unknown numbers and calling back the same day';
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(pageTitle(title)).toBe(title);
  });
  it('cuts a long question at a word boundary', () => {
    const long = 'Tell me about a time you had to explain something technical to someone who did not know the subject at all';
    const out = pageTitle(long);
    expect(out.endsWith('…')).toBe(true);
    expect(long.startsWith(out.slice(0, -1))).toBe(true);
  });
  it('never exceeds the limit and never comes out empty (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 300 }).filter((s) => s.trim().length > 0),
        (title) => {
          const out = pageTitle(title);
          expect(escapedLength(out)).toBeLessThanOrEqual(MAX_TITLE);
          expect(out.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
