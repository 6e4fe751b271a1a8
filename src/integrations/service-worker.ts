import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import sharp from 'sharp';
import { injectManifest } from 'workbox-build';
import { APPLE_ICON_SIZE, FAVICON_SIZE, ICON_SIZES, THEME_COLORS, webManifest } from '../lib/offline/manifest.ts';
import { fileUrl, offlinePlan } from '../lib/offline/plan.ts';

/** What writing the offline files produced, for the build log and the benchmark. */
export interface OfflineBuild {
  buildId: string;
  install: { files: number; bytes: number };
  background: { files: number; bytes: number };
}

const SW_SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));

/** Every file under `dir`, as forward-slash paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** The PNG icons tabs, install prompts and home screens need, made from the one source image (favicon.svg). */
async function writeIcons(outDir: string): Promise<void> {
  const svg = await readFile(path.join(outDir, 'favicon.svg'));
  await mkdir(path.join(outDir, 'icons'), { recursive: true });
  /** The mark alone, `size` pixels square. */
  const render = (size: number) => sharp(svg, { density: 384 }).resize(size, size).png();
  await render(FAVICON_SIZE).toFile(path.join(outDir, 'icons', `favicon-${FAVICON_SIZE}.png`));
  for (const size of ICON_SIZES) await render(size).toFile(path.join(outDir, 'icons', `icon-${size}.png`));
  // Maskable and Apple icons are cropped by the system: the mark sits in the middle on a full-bleed background.
  const flat = async (size: number, file: string) => {
    const mark = await render(Math.round(size * 0.8)).toBuffer();
    await sharp({ create: { width: size, height: size, channels: 4, background: THEME_COLORS.light } })
      .composite([{ input: mark, gravity: 'center' }])
      .png()
      .toFile(path.join(outDir, 'icons', file));
  };
  await flat(512, 'maskable-512.png');
  await flat(APPLE_ICON_SIZE, 'apple-touch-icon.png');
}

/**
 * Writes the manifest, icons, the list of files cached in the background, and the service worker with its
 * precache list, into a built site. A build id derived from every cached file's content names the caches.
 */
export async function writeOfflineFiles(outDir: string, base = '/'): Promise<OfflineBuild> {
  await writeIcons(outDir);
  await writeFile(path.join(outDir, 'manifest.webmanifest'), JSON.stringify(webManifest(base), null, 2));
  const plan = offlinePlan(await listFiles(outDir));

  const hash = createHash('sha256');
  const sizes = { install: 0, background: 0 };
  for (const [kind, files] of [
    ['install', plan.install],
    ['background', plan.background],
  ] as const)
    for (const file of files) {
      const content = await readFile(path.join(outDir, file));
      sizes[kind] += content.length;
      hash.update(file).update(content);
    }
  const buildId = hash.digest('hex').slice(0, 12);
  await writeFile(path.join(outDir, 'offline-files.json'), JSON.stringify({ buildId, urls: plan.background.map((file) => fileUrl(file, base)) }));

  const bundled = path.join(tmpdir(), `psg-sw-${process.pid}-${Date.now()}.js`);
  try {
    await build({
      entryPoints: [SW_SOURCE],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      outfile: bundled,
      define: { __BUILD_ID__: JSON.stringify(buildId), __BASE__: JSON.stringify(base), 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const { warnings } = await injectManifest({
      swSrc: bundled,
      swDest: path.join(outDir, 'sw.js'),
      globDirectory: outDir,
      globPatterns: plan.install,
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    });
    if (warnings.length > 0) throw new Error(`Workbox: ${warnings.join('; ')}`);
  } finally {
    await rm(bundled, { force: true });
  }
  return { buildId, install: { files: plan.install.length, bytes: sizes.install }, background: { files: plan.background.length, bytes: sizes.background } };
}

/** After the build (and after Pagefind, whose files it caches): the service worker, manifest and icons. */
export function serviceWorkerIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'phone-screen-guide:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = await writeOfflineFiles(fileURLToPath(dir), base);
        const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
        logger.info(
          `Service worker ${built.buildId}: ${built.install.files} files (${kb(built.install.bytes)}) at install, ${built.background.files} (${kb(built.background.bytes)}) in the background.`,
        );
      },
    },
  };
}
