import { defineHastPlugin } from 'satteri';

/**
 * Marks Markdown links to other sites as `rel="external noreferrer"`, like every source link the
 * components render, so readers (and assistive tech) can tell when a link leaves the site.
 */
export const markExternalLinks = defineHastPlugin({
  name: 'phone-screen-guide:mark-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.href;
      if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
      ctx.setProperty(node, 'rel', ['external', 'noreferrer']);
    },
  },
});
