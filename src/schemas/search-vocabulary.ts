/** The contract of the search vocabulary (content/search/*.yaml). */
import { z } from 'astro/zod';

/** Letters, digits, apostrophes, hyphens and spaces: what a query word or phrase can be made of. */
const SearchPhraseSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[\p{L}\p{N}'’ -]+$/u, 'use words only (letters, digits, apostrophes, hyphens and spaces)');

/** Everyday words mapped to the site's vocabulary, for plain-language search (content/search/*.yaml). */
export const SearchVocabularySchema = z.strictObject({
  /** Words that carry no meaning in a query ("how", "should", "I"). */
  stopWords: z.array(SearchPhraseSchema).default([]),
  /** Everyday word or phrase → the words the site uses ("money" → "salary", "call back" → "call back"). */
  synonyms: z.record(SearchPhraseSchema, SearchPhraseSchema).default({}),
  /** Searches offered as a start in an empty search box, written the way a reader would type them. */
  examples: z.array(z.string().trim().min(3).max(60)).max(8).default([]),
});
