/**
 * One state's pay figures, price level and pay-range law as JSON, written at build time: the calculator
 * fetches the chosen state's file, so the page never ships all 51 at first render.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { areaFigures } from '../../../lib/salary/area-figures.ts';

export const getStaticPaths = (async () => {
  // One file per collection; fixture builds have none, and then no state files are written.
  const wages = (await getCollection('stateWages'))[0]?.data ?? null;
  const prices = (await getCollection('priceLevels'))[0]?.data ?? null;
  const laws = (await getCollection('payTransparency'))[0]?.data ?? null;
  if (!wages) return [];
  return wages.areas.map((area) => ({ params: { state: area.code }, props: { figures: areaFigures(area.code, wages, prices, laws) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.figures), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
