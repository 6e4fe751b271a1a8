import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildWordList, MIN_CORRECTABLE_LENGTH } from '../../lib/search/spelling.ts';
import { tokenise } from '../../lib/search/tokenise.ts';

/**
 * The site's own words, most frequent first, for the search's "did you mean" (src/lib/search/spelling.ts).
 * Fetched alongside Pagefind when search first opens; a separate file from /search/data.json so that a
 * failure to load it costs only the corrections, never the vocabulary.
 */
export const GET: APIRoute = async () => {
  const [guides, questions, purposes, checklists, vocabularies] = await Promise.all([
    getCollection('guides'),
    getCollection('questions'),
    getCollection('purposes'),
    getCollection('checklists'),
    getCollection('search'),
  ]);
  const texts = [
    ...guides.map((g) => [g.data.title, g.data.description, g.body ?? ''].join('\n')),
    ...questions.map((q) => [q.data.prompt, ...q.data.strongPoints, ...q.data.followUps, q.body ?? ''].join('\n')),
    ...purposes.map((p) => [p.data.title, p.data.checking, p.data.description, p.body ?? ''].join('\n')),
    ...checklists.flatMap((c) => [c.data.title, ...c.data.items.map((item) => `${item.label}\n${item.why ?? ''}`)]),
  ];
  const words = buildWordList(texts);
  // The everyday words the vocabulary maps ("money", "nervous") are worth correcting to as well, even if no page uses them.
  const known = new Set(words);
  for (const file of vocabularies) {
    for (const phrase of Object.keys(file.data.synonyms)) {
      for (const word of tokenise(phrase)) {
        if (word.length >= MIN_CORRECTABLE_LENGTH && !/\d/.test(word) && !known.has(word)) {
          known.add(word);
          words.push(word);
        }
      }
    }
  }
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
