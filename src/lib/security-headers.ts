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
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(urlPath);
}

/** Every header that applies to a path, in file order. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): [string, string][] {
  return rules.filter((rule) => matchesPattern(rule.pattern, urlPath)).flatMap((rule) => rule.headers);
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
