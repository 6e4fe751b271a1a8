/** One block of a `_headers` file: a path pattern and the headers sent for it. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses the `_headers` format static hosts use: a path line, then indented `Name: value` lines. Comments start with #. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** True when a URL path matches a `_headers` pattern (`*` matches anything, including slashes). */
export function matchesPattern(pattern: string, urlPath: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(urlPath);
}

/** Every header that applies to a path, in file order. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): [string, string][] {
  return rules.filter((rule) => matchesPattern(rule.pattern, urlPath)).flatMap((rule) => rule.headers);
}

/** Headers that only mean something on a document: framing, window isolation and the browser features we never use. */
export const DOCUMENT_HEADERS: [string, string][] = [
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), ambient-light-sensor=(), autoplay=(), battery=(), bluetooth=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), serial=(), usb=(), xr-spatial-track=(), clipboard-read=(), clipboard-write=(self), fullscreen=(self)',
  ],
];

/** The one page that may use the microphone: the practice drill records answers there, and nowhere else. */
export const MICROPHONE_PAGES: readonly string[] = ['/practice/'];

/** The document headers for a page: DOCUMENT_HEADERS, with `microphone=(self)` on the pages that record. */
export function documentHeadersFor(urlPath: string): [string, string][] {
  if (!MICROPHONE_PAGES.includes(urlPath)) return DOCUMENT_HEADERS;
  return DOCUMENT_HEADERS.map(([name, value]) => [name, name === 'Permissions-Policy' ? value.replace('microphone=()', 'microphone=(self)') : value]);
}

/** The header CSP for a page: its meta policy plus what only a header can say (no framing by anyone). */
export function headerPolicy(metaPolicy: string): string {
  const directives = metaPolicy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** Formats one `_headers` block. */
export function formatRule(rule: HeaderRule): string {
  return `${rule.pattern}\n${rule.headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}
