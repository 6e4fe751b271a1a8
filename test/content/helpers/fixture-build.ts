import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What a fixture build produced. */
export interface FixtureBuild {
  /** The exit code of `astro build`. */
  code: number | null;
  /** Everything it printed (stdout and stderr). */
  output: string;
  /** The fixture site's root folder (its dist/ holds the output). */
  root: string;
  /** Removes the fixture site. */
  cleanup(): void;
}

/**
 * Builds a throwaway copy of the site with extra content files added (paths relative to the site root),
 * so tests can see what the real build does with bad or hostile content. Never touches content/ itself.
 */
export function buildFixtureSite(extraFiles: Record<string, string>, options: { keepContent?: boolean } = {}): FixtureBuild {
  const root = mkdtempSync(path.join(tmpdir(), 'psg-fixture-'));
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) cpSync(item, path.join(root, item), { recursive: true });
  if (options.keepContent === false) {
    for (const folder of ['guides', 'questions', 'purposes', 'checklists', 'salary', 'search']) mkdirSync(path.join(root, 'content', folder), { recursive: true });
    cpSync('content/checklists', path.join(root, 'content/checklists'), { recursive: true });
  } else {
    cpSync('content', path.join(root, 'content'), { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  for (const [file, text] of Object.entries(extraFiles)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  // Run Astro with the Node running the tests (the pinned Node 24), whatever `node` is on PATH.
  const result = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 110_000,
  });
  return {
    code: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    root,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
