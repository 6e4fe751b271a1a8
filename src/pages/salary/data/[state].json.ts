/**
 * One state's pay figures, price level and pay-range law as JSON, written at build time: the calculator
 * fetches the chosen state's file, so the page never ships all 51 at first render.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { areaFigures } from '../../../lib/salary/area-figures.ts';

/** The newest entry of a collection's data, or null (fixture builds have none). */
const first = async <C extends 'stateWages' | 'priceLevels' | 'payTransparency'>(name: C) => (await getCollection(name))[0]?.data ?? null;

export const getStaticPaths = (async () => {
  const wages = await first('stateWages');
  const prices = await first('priceLevels');
  const laws = await first('payTransparency');
  if (!wages) return [];
  return wages.areas.map((area) => ({ params: { state: area.code }, props: { figures: areaFigures(area.code, wages, prices, laws) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.figures), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
