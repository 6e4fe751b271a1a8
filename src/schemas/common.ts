/**
 * Small schemas several content schemas share: slugs, purpose and role ids, cited sources and published datasets.
 */
import { z } from 'astro/zod';
import { PURPOSE_IDS, ROLE_IDS } from '../lib/purposes.ts';
import { typographic } from '../lib/content/typographic.ts';

/** A lowercase, hyphenated id that is safe in URLs and storage keys. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');

/**
 * Text a reader sees, written in frontmatter or YAML: checked for length as written, then given curly quotes and
 * apostrophes, as the Markdown processor gives MDX bodies.
 */
export const displayText = (min: number, max = Number.MAX_SAFE_INTEGER) => z.string().min(min).max(max).transform(typographic);

/** One of the six reasons employers phone-screen. */
export const PurposeIdSchema = z.enum(PURPOSE_IDS);

/** A role track a question applies to. */
export const RoleIdSchema = z.enum(ROLE_IDS);

/** A cited source: where a fact or figure on the page comes from, and when we checked it. */
export const SourceSchema = z.strictObject({
  /** The page or report title, as the source gives it. */
  title: displayText(3),
  /** Absolute https address of the source. */
  url: z.url({ protocol: /^https$/, error: 'must be an absolute https:// URL' }),
  /** The date we last checked the source says what we cite. */
  checked: z.coerce.date(),
});

/**
 * The fields every published dataset in content/salary/ carries, so each figure can say where it came from. Each
 * dataset adds its own `citation`, the short line shown beside its figures, with the length its place allows.
 */
export const PUBLICATION_FIELDS = {
  /** Who publishes the figures, e.g. "U.S. Bureau of Labor Statistics". */
  publisher: z.string().min(3),
  /** The publication's name. */
  title: z.string().min(3),
  /** When the figures were published. */
  released: z.coerce.date(),
  /** Where the tables can be downloaded. */
  url: z.url({ protocol: /^https$/ }),
};
