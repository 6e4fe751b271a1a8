import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { compileVocabulary, serialiseVocabulary } from '../../lib/search/vocabulary.ts';
import type { SearchData } from '../../lib/search/search-data.ts';
import { routes } from '../../lib/url.ts';

/**
 * The search vocabulary (content/search/) and the guide list, as one small JSON file that the search
 * dialog fetches the first time it opens, so no page pays for it up front.
 */
export const GET: APIRoute = async () => {
  const files = (await getCollection('search')).sort((a, b) => a.id.localeCompare(b.id));
  const vocabulary = compileVocabulary(files.map((file) => file.data));
  const guides = (await getCollection('guides')).map((g) => ({
    title: g.data.title,
    url: routes.guide(g.id),
    stage: g.data.stage,
    purposes: g.data.purposes,
    order: g.data.order,
  }));
  const data: SearchData = { vocabulary: serialiseVocabulary(vocabulary), examples: files.flatMap((file) => file.data.examples), guides };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
