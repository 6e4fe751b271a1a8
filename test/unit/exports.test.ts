import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every file under `dir` whose name ends with one of `extensions`, as paths relative to the project root. */
function filesUnder(dir: string, extensions: string[]): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .filter((file) => extensions.some((ext) => file.endsWith(ext)))
    .map((file) => path.join(dir, file));
}

/** Names of the functions a module exports: `export function f`, `export async function f`, `export const f = (…) =>`. */
export function exportedFunctions(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/^export\s+(?:async\s+)?function\*?\s+([A-Za-z_$][\w$]*)/gm)) names.add(match[1]!);
  // The lazy `[^\n]*?=` skips a type annotation (which may hold `=>` itself) up to the `=` of the value.
  for (const match of source.matchAll(
    /^export\s+const\s+([A-Za-z_$][\w$]*)\b[^\n]*?=\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*(?::\s*[^=]+)?=>|[A-Za-z_$][\w$]*\s*=>)/gm,
  ))
    names.add(match[1]!);
  return [...names];
}

describe('exportedFunctions', () => {
  it('finds declared and arrow functions, and nothing else', () => {
    const source = [
      'export function a() {}',
      'export async function b() {}',
      'export const c = (x: number) => x;',
      'export const d = 3;',
      'function e() {}',
      'export const f: (n: number) => number = (n) => n;',
    ].join('\n');
    expect(exportedFunctions(source).sort()).toEqual(['a', 'b', 'c', 'f']);
  });
});

describe('every exported function in src/lib has a unit test that names it', () => {
  const tests = filesUnder('test/unit', ['.ts'])
    .filter((file) => !file.endsWith('exports.test.ts'))
    .map((file) => readFileSync(path.join(ROOT, file), 'utf8'))
    .join('\n');
  const modules = filesUnder('src/lib', ['.ts']).filter((file) => !file.endsWith('.d.ts'));
  const cases = modules.flatMap((file) => exportedFunctions(readFileSync(path.join(ROOT, file), 'utf8')).map((name) => [file, name] as const));

  it('finds the library’s exports (the parser still works)', () => {
    expect(cases.map(([, name]) => name)).toContain('withBase');
  });

  it.each(cases)('%s: %s', (_file, name) => {
    expect(new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(tests), `${name} is named in no test under test/unit`).toBe(true);
  });
});
