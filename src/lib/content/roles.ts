import type { RoleId } from '../purposes.ts';

/** True when a question tagged with `roles` applies to the `track` ("any" applies to every track). */
export function appliesToRole(roles: readonly RoleId[], track: RoleId): boolean {
  return track === 'any' ? true : roles.includes(track) || roles.includes('any');
}

/** The URL slug of a question entry: its file name, without the purpose folder. */
export function questionSlug(entryId: string): string {
  return entryId.slice(entryId.lastIndexOf('/') + 1);
}
