/**
 * Splits what someone typed into lowercase words, the same way for queries and for vocabulary keys,
 * so that "I'm", "I’m" and "IM" all meet the same stop word and "Résumé" meets "resume".
 */
export function tokenise(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
}
