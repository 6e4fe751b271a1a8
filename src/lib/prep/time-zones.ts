/**
 * Zones offered in the time-zone list before the browser's full list is read, and when JavaScript is off:
 * US and Canadian zones first (our readers are mostly there), then the most common elsewhere.
 */
export const COMMON_TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'America/Halifax',
  'America/St_Johns',
  'America/Toronto',
  'America/Winnipeg',
  'America/Edmonton',
  'America/Vancouver',
  'America/Mexico_City',
  'America/Bogota',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Paris',
  'Europe/Berlin',
  'Africa/Lagos',
  'Africa/Johannesburg',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Manila',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
  'UTC',
] as const;

/** The browser's own time zone, or UTC where it can't say. */
export function browserZone(intl: Pick<typeof Intl, 'DateTimeFormat'> = Intl): string {
  try {
    return intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every zone the runtime knows; `fallback` where it can't list them (older browsers). */
export function allZones(fallback: readonly string[], intl: object = Intl): string[] {
  try {
    return (intl as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return [...fallback];
  }
}

/** A zone as a reader sees it: "America/New York", not "America/New_York". */
export function zoneLabel(zone: string): string {
  return zone.replace(/_/g, ' ');
}
