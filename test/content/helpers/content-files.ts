import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';

/** A content file as the tests see it: where it is, its frontmatter (or data) and its MDX body. */
export interface ContentFile {
  /** Path relative to the repository root, e.g. `content/guides/be-reachable.mdx`. */
  file: string;
  /** File name without extension: the entry's slug. */
  slug: string;
  /** The folder just above it (a question's purpose). */
  folder: string;
  data: unknown;
  body: string;
}

/** Reads every file under `dir` (recursively) whose name ends with one of `extensions`. */
export function readContent(dir: string, extensions: string[] = ['.mdx']): ContentFile[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }) as unknown as { name: string; parentPath: string; isFile(): boolean }[];
  return entries
    .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
    .map((e) => readContentFile(path.join(e.parentPath, e.name)))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Reads one content file: frontmatter + body for MDX, the whole document for YAML and JSON. */
export function readContentFile(absoluteOrRelative: string): ContentFile {
  const file = path.relative(process.cwd(), path.resolve(absoluteOrRelative));
  const text = readFileSync(file, 'utf8');
  const ext = path.extname(file);
  const slug = path.basename(file, ext);
  const folder = path.basename(path.dirname(file));
  if (ext === '.json') return { file, slug, folder, data: JSON.parse(text), body: '' };
  if (ext === '.yaml' || ext === '.yml') return { file, slug, folder, data: parseYaml(text), body: '' };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { file, slug, folder, data: undefined, body: text };
  return { file, slug, folder, data: parseYaml(match[1]!), body: match[2]! };
}

/**
 * Validates a file's data against a schema and returns one line per problem, naming the file and the field,
 * the way the build does: `content/guides/x.mdx: description: Too big: …`.
 */
export function validationProblems(file: ContentFile, schema: z.ZodType): string[] {
  const result = schema.safeParse(file.data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const where = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${file.file}: ${where ? `${where}.` : ''}${key}: unknown field`);
    return [`${file.file}: ${where || '(frontmatter)'}: ${issue.message}`];
  });
}
