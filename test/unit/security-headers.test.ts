import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_HEADERS,
  documentHeadersFor,
  formatRule,
  headerPolicy,
  headersFor,
  matchesPattern,
  parseHeadersFile,
} from '../../src/lib/security-headers.ts';

const FILE = `# comment
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer

/guides/a/
  Content-Security-Policy: default-src 'self'
`;

describe('_headers files', () => {
  it('parses rules and their headers, skipping comments', () => {
    expect(parseHeadersFile(FILE)).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Referrer-Policy', 'no-referrer'],
        ],
      },
      { pattern: '/guides/a/', headers: [['Content-Security-Policy', "default-src 'self'"]] },
    ]);
  });

  it('matches wildcards and exact paths', () => {
    expect(matchesPattern('/*', '/guides/a/')).toBe(true);
    expect(matchesPattern('/guides/a/', '/guides/a/')).toBe(true);
    expect(matchesPattern('/guides/a/', '/guides/ab/')).toBe(false);
    expect(matchesPattern('/', '/guides/')).toBe(false);
  });

  it('collects every header that applies to a path', () => {
    const rules = parseHeadersFile(FILE);
    expect(headersFor(rules, '/guides/a/').map(([name]) => name)).toEqual(['X-Content-Type-Options', 'Referrer-Policy', 'Content-Security-Policy']);
    expect(headersFor(rules, '/other/')).toHaveLength(2);
  });

  it('adds frame-ancestors to the page policy, and round-trips a rule', () => {
    expect(headerPolicy("default-src 'self'; script-src 'self';")).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
    const rule = { pattern: '/x/', headers: [['A', 'b'] as [string, string]] };
    expect(parseHeadersFile(formatRule(rule))).toEqual([rule]);
  });
});

describe('the microphone', () => {
  it('is allowed on the practice page alone', () => {
    const policy = (path: string) => documentHeadersFor(path).find(([name]) => name === 'Permissions-Policy')![1];
    expect(policy('/practice/')).toContain('microphone=(self)');
    expect(policy('/practice/')).not.toContain('microphone=()');
    for (const path of ['/', '/guides/a/', '/prep/', '/practice/questions.json', '/practice']) expect(policy(path)).toContain('microphone=()');
    // Everything else about the page's headers is the same.
    expect(documentHeadersFor('/practice/').map(([name]) => name)).toEqual(DOCUMENT_HEADERS.map(([name]) => name));
  });
});
