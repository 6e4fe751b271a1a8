/**
 * Makes a value on first use and keeps it. For Intl formatters: the first one a page makes loads the
 * browser's locale data, about 25 ms on a slow phone, which should not land on an island's hydration
 * when nothing needs formatting yet.
 */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
