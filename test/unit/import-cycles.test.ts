import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/*
 * No import cycles in src/: dependencies point one way, pages → components → islands → lib → schemas
 * (docs: architecture.md, rule 10). Type-only and dynamic imports count too: a cycle through either still
 * ties two modules together. TypeScript's own pre-processor lists each file's imports without type-checking.
 */

const SRC = path.resolve('src');
const EXTENSIONS = ['.ts', '.tsx', '.astro', '.mts', '.js', '.mjs'];

/** Every source file under src/. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return EXTENSIONS.includes(path.extname(full)) ? [full] : [];
  });
}

/** The script parts of a file: all of a .ts/.tsx, or an .astro file's frontmatter and <script> blocks. */
function scriptText(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Resolves a relative import to a file in src/, or null for packages, virtual modules and assets. */
function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`))]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && EXTENSIONS.includes(path.extname(candidate))) return candidate;
  }
  return null;
}

/** Each file's imports of other files in src/ (static, type-only, re-exports and dynamic). */
function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(scriptText(file), true, true);
      const targets = importedFiles.map((ref) => resolve(file, ref.fileName)).filter((target): target is string => target !== null && target.startsWith(SRC));
      return [file, [...new Set(targets)]];
    }),
  );
}

/** Every cycle, each as the chain of files that closes it (one per strongly connected group, via DFS). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'visiting');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

const relative = (file: string) => path.relative(process.cwd(), file);

describe('import cycles', () => {
  const graph = importGraph(sourceFiles(SRC));

  it('reads the imports of every kind of source file', () => {
    // Guards the test itself: if no imports were found, "no cycles" would mean nothing.
    const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
    expect(graph.size).toBeGreaterThan(50);
    expect(edges).toBeGreaterThan(graph.size);
    expect([...graph.keys()].some((file) => file.endsWith('.astro') && graph.get(file)!.length > 0)).toBe(true);
  });

  it('finds a cycle when there is one', () => {
    const a = path.join(SRC, 'a.ts');
    const b = path.join(SRC, 'b.ts');
    expect(
      findCycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([[a, b, a]]);
    expect(
      findCycles(
        new Map([
          [a, [b]],
          [b, []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has none in src/', () => {
    expect(findCycles(graph).map((cycle) => cycle.map(relative).join(' → '))).toEqual([]);
  });
});
