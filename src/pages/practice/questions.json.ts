import type { APIRoute } from 'astro';
import { loadPracticeData } from './_bank.ts';

/** The question bank as the drill uses it, fetched only when a reader starts a drill (it is too big for the page). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadPracticeData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
