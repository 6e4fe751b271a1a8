/**
 * The calendar event's UID: made once, on the first download, and kept in the sheet, so every later
 * download updates the same event in the reader's calendar instead of adding a second one.
 */

/** The domain part of every UID (RFC 5545 suggests `unique@host`). */
export const EVENT_UID_DOMAIN = 'phone-screen-guide';

/** A new, practically unique event UID; `random` is injected so tests can check both paths. */
export function newEventUid(random: { randomUUID?: () => string } = globalThis.crypto ?? {}, now = Date.now(), noise = Math.random()): string {
  // Older browsers (and pages outside a secure context) have no crypto.randomUUID: time plus noise will do.
  const id = typeof random.randomUUID === 'function' ? random.randomUUID() : `${now}-${noise.toString(36).slice(2)}`;
  return `${id}@${EVENT_UID_DOMAIN}`;
}
