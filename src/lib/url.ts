import type { PurposeId, RoleId } from './purposes.ts';

/**
 * Joins a site-relative path to the base path the site is deployed under.
 * Every internal link goes through here so that a non-root `base` keeps working.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const cleanPath = path.replace(/^\/+/, '');
  return `${cleanBase}${cleanPath}`;
}

/** Builders for every route the site has, so no page spells a URL by hand. */
export const routes = {
  home: () => withBase('/'),
  guides: () => withBase('/guides/'),
  guide: (slug: string) => withBase(`/guides/${slug}/`),
  questions: () => withBase('/questions/'),
  role: (role: RoleId) => withBase(`/questions/roles/${role}/`),
  purpose: (purpose: PurposeId) => withBase(`/questions/${purpose}/`),
  question: (purpose: PurposeId, slug: string) => withBase(`/questions/${purpose}/${slug}/`),
  checklist: () => withBase('/checklist/'),
  salary: () => withBase('/salary/'),
  /** One state's pay figures, fetched by the calculator when the state is chosen. */
  salaryData: (area: string) => withBase(`/salary/data/${area}.json`),
  practice: () => withBase('/practice/'),
  prep: () => withBase('/prep/'),
  /** The story bank; `purpose` and `roles` pre-tag a new story (question pages link here). */
  stories: (purpose?: PurposeId, roles: readonly RoleId[] = []) =>
    withBase(purpose ? `/stories/?purpose=${purpose}${roles.length ? `&roles=${roles.join(',')}` : ''}` : '/stories/'),
  messages: () => withBase('/messages/'),
  search: (query?: string) => withBase(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  sources: () => withBase('/sources/'),
  privacy: () => withBase('/privacy/'),
  offline: () => withBase('/offline/'),
} as const;

/** Makes an absolute URL for canonical and Open Graph tags from a path and the configured site origin. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
