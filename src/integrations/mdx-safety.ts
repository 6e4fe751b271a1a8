import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { unsafeElementReason, unsafeEsmReason, unsafeExpressionReason, type MdxAttribute } from '../lib/content/mdx-safety.ts';

interface Located {
  position?: { start?: { line?: number } };
}

/**
 * A Sätteri mdast plugin that fails the build on content that could inject script
 * (<script>, on* handlers, set:html, javascript: URLs, expressions, imports), naming the file and line.
 */
export const rejectUnsafeMdx = defineMdastPlugin({
  name: 'phone-screen-guide:reject-unsafe-mdx',
  options: { position: true },
  mdxJsxFlowElement: (node, ctx) => check(unsafeElementReason(node.name, node.attributes as MdxAttribute[]), node, ctx.fileURL),
  mdxJsxTextElement: (node, ctx) => check(unsafeElementReason(node.name, node.attributes as MdxAttribute[]), node, ctx.fileURL),
  mdxFlowExpression: (node, ctx) => check(unsafeExpressionReason(node.value), node, ctx.fileURL),
  mdxTextExpression: (node, ctx) => check(unsafeExpressionReason(node.value), node, ctx.fileURL),
  mdxjsEsm: (node, ctx) => check(unsafeEsmReason(node.value), node, ctx.fileURL),
  html: (node, ctx) => check(/<\s*script|\son\w+\s*=/i.test(node.value) ? `raw HTML that could run script is not allowed in content` : null, node, ctx.fileURL),
});

function check(reason: string | null, node: Located, fileURL: URL | undefined): undefined {
  if (!reason) return undefined;
  const file = fileURL ? fileURLToPath(fileURL) : 'content';
  const line = node.position?.start?.line;
  throw new Error(`Unsafe content in ${file}${line ? `:${line}` : ''}: ${reason}`);
}
