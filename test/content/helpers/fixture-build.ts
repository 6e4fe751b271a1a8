import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway copy of the site. */
export interface SiteCopy {
  /** The copy's root folder (its dist/ holds the output once built). */
  root: string;
  /** Removes the copy. */
  cleanup(): void;
}

/** What a build of a copy produced. */
export interface CopyBuild {
  /** The exit code of `astro build`. */
  code: number | null;
  /** Everything it printed (stdout and stderr). */
  output: string;
  /** Wall-clock milliseconds the build took. */
  ms: number;
}

/** A fixture build: the copy and what building it produced. */
export type FixtureBuild = SiteCopy & CopyBuild;

/**
 * Copies the site (sources, config, public files and, unless told otherwise, its content) into a
 * temporary folder and adds `extraFiles` (paths relative to the site root). Never touches content/ itself.
 */
export function copySite(extraFiles: Record<string, string> | { file: string; text: string }[], options: { keepContent?: boolean } = {}): SiteCopy {
  const root = mkdtempSync(path.join(tmpdir(), 'psg-fixture-'));
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) cpSync(item, path.join(root, item), { recursive: true });
  if (options.keepContent === false) {
    for (const folder of ['guides', 'questions', 'purposes', 'salary', 'search']) mkdirSync(path.join(root, 'content', folder), { recursive: true });
    cpSync('content/checklists', path.join(root, 'content/checklists'), { recursive: true });
  } else {
    cpSync('content', path.join(root, 'content'), { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  const files = Array.isArray(extraFiles) ? extraFiles : Object.entries(extraFiles).map(([file, text]) => ({ file, text }));
  for (const { file, text } of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Runs `astro build` in a copy, with the Node running this process (the pinned Node 24), whatever `node` is on PATH.
 * The default time limit leaves room for a loaded two-core machine, where one build has taken over 110 s.
 */
export function buildCopy(root: string, timeoutMs = 280_000): CopyBuild {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}`, ms: performance.now() - started };
}

/**
 * Builds a throwaway copy of the site with extra content files added, so tests can see what the
 * real build does with bad or hostile content.
 */
export function buildFixtureSite(extraFiles: Record<string, string>, options: { keepContent?: boolean } = {}): FixtureBuild {
  const copy = copySite(extraFiles, options);
  return { ...copy, ...buildCopy(copy.root) };
}
