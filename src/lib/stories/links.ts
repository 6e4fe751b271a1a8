/**
 * Links to the story bank and message kit. Kept out of src/lib/url.ts on purpose: that module is in the
 * salary calculator's first-render JS, which sits at its byte budget.
 */
import type { PurposeId, RoleId } from '../purposes.ts';
import { withBase } from '../url.ts';

/** The story bank; `purpose` and `roles` pre-tag a new story (question pages link here). */
export function storiesHref(purpose?: PurposeId, roles: readonly RoleId[] = []): string {
  if (!purpose) return withBase('/stories/');
  return withBase(`/stories/?purpose=${purpose}${roles.length ? `&roles=${roles.join(',')}` : ''}`);
}

/** The message kit. */
export function messagesHref(): string {
  return withBase('/messages/');
}
