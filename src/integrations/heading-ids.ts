import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';
import { letterFirstId } from '../lib/content/heading-id.ts';

/**
 * Gives every heading an id before Astro's own heading-id step runs (which keeps ids it finds), so that
 * numbered headings ("1. Research a range") get valid, letter-first ids that the table of contents uses too.
 */
export const letterFirstHeadingIds = () => {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'phone-screen-guide:letter-first-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        ctx.setProperty(node, 'id', letterFirstId(slugger.slug(ctx.textContent(node))));
      },
    },
  });
};
