/**
 * The practice drill's view of the content collections, shared by the page and its JSON file.
 * (The leading underscore keeps this module out of the routes.)
 */
import { getCollection } from 'astro:content';
import { practiceData, toPracticeQuestion } from '../../lib/practice/from-bank.ts';
import type { PracticeData } from '../../lib/practice/data.ts';
import { questionSlug } from '../../lib/content/roles.ts';
import { byOrder } from '../../lib/content/ordering.ts';
import { PURPOSE_IDS, STAGE_IDS, type PurposeId } from '../../lib/purposes.ts';
import { routes } from '../../lib/url.ts';

/** The question bank and the pages that help with each purpose, from content/. */
export async function loadPracticeData(): Promise<PracticeData> {
  const [questions, purposes, guides] = await Promise.all([getCollection('questions'), getCollection('purposes'), getCollection('guides')]);
  const hubs = Object.fromEntries(
    purposes
      .filter((p) => (PURPOSE_IDS as readonly string[]).includes(p.id))
      .map((p) => [p.id, { title: p.data.title, href: routes.purpose(p.id as PurposeId) }]),
  );
  const orderedGuides = STAGE_IDS.flatMap((stage) => byOrder(guides.filter((g) => g.data.stage === stage).map((g) => ({ ...g.data, id: g.id }))));
  return practiceData(
    questions.map((q) => toPracticeQuestion(q, routes.question(q.data.purpose, questionSlug(q.id)))),
    hubs,
    orderedGuides.map((g) => ({ title: g.title, href: routes.guide(g.id), purposes: g.purposes })),
  );
}
