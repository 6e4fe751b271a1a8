/** The web app manifest, built from the base path so `start_url` and `scope` follow the deployment. */

/** The site's brand colors for the browser's chrome, light and dark (the accent and the dark page color). */
export const THEME_COLORS = { light: '#1a56b8', dark: '#0f1217' } as const;

/** PNG icon sizes made from the one source image: install prompts want 192 and 512; iOS uses 180. */
export const ICON_SIZES = [192, 512] as const;

/** The apple-touch-icon size (iOS home screen). */
export const APPLE_ICON_SIZE = 180;

/**
 * The tab icon: a small PNG, not the SVG. Chromium decodes a page's icon on the page's main thread, and an SVG
 * icon builds a whole SVG document there (15–50 ms on the bench machine, right at load); a 32 px PNG costs ~1 ms.
 */
export const FAVICON_SIZE = 32;

/** One icon entry in the manifest. */
export interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: 'any' | 'maskable';
}

/** A web app manifest object for the site under `base`. */
export function webManifest(base = '/') {
  const root = base.endsWith('/') ? base : `${base}/`;
  const icons: ManifestIcon[] = [
    { src: `${root}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ...ICON_SIZES.map((size) => ({ src: `${root}icons/icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' as const })),
    { src: `${root}icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ];
  return {
    name: 'Phone Screen Guide',
    short_name: 'Phone Screen',
    description: 'Get through a tech employer’s phone screen: guides, questions, a checklist, a salary calculator and practice, offline.',
    lang: 'en-US',
    id: root,
    start_url: root,
    scope: root,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLORS.light,
    icons,
  };
}
