/** Words a typical adult reads per minute on a phone screen. */
export const WORDS_PER_MINUTE = 200;

/** Strips MDX syntax (imports, tags, markdown marks, link targets) to leave the words a reader sees. */
export function mdxToPlainText(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|~-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Counts the words in a piece of plain text. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes to read an MDX body, never less than one. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(countWords(mdxToPlainText(body)) / WORDS_PER_MINUTE));
}
