import { once } from './once.ts';

const dateFormat = once(() => new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

/** Formats a date the way our style guide asks, American style: "April 2, 2025" (in UTC, so builds are reproducible). */
export function formatDate(date: Date): string {
  return dateFormat().format(date);
}

/** The ISO calendar date (YYYY-MM-DD) for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
