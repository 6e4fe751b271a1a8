/**
 * Rules that keep content from injecting script: guides are MDX, and MDX is code, so the build
 * refuses anything that could run in the reader's browser. Pure, so it is unit-tested on its own.
 */

/** Elements content may never create (they run code, or embed other documents). */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'link', 'style', 'form']);

/** A JSX attribute as MDX parses it: a plain name/value pair, or a `{...spread}` expression. */
export interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: unknown;
}

/** Why a JSX element in content is unsafe, or null when it is fine. */
export function unsafeElementReason(name: string | null, attributes: readonly MdxAttribute[]): string | null {
  const tag = (name ?? '').toLowerCase();
  if (FORBIDDEN_ELEMENTS.has(tag)) return `<${name}> is not allowed in content`;
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') return `spread attributes are not allowed in content (on <${name}>)`;
    const attr = (attribute.name ?? '').toLowerCase();
    if (attr.startsWith('on')) return `event handler attribute "${attribute.name}" is not allowed in content (on <${name}>)`;
    if (attr === 'set:html' || attr === 'set:text' || attr === 'dangerouslysetinnerhtml') return `"${attribute.name}" is not allowed in content`;
    if (attr === 'style') return `inline "style" is not allowed in content: the Content-Security-Policy forbids it`;
    const value = typeof attribute.value === 'string' ? attribute.value : '';
    if (/^\s*(javascript|vbscript|data):/i.test(value)) return `"${attribute.name}" points at a ${value.split(':')[0]}: URL, which is not allowed in content`;
    if (attribute.value !== null && typeof attribute.value === 'object') {
      const source = String((attribute.value as { value?: unknown }).value ?? '');
      if (/<\s*script|javascript:|on\w+\s*=/i.test(source)) return `attribute "${attribute.name}" holds an expression that could inject script`;
    }
  }
  return null;
}

/** Why an MDX `{expression}` is unsafe, or null when it is only a comment (the one expression content needs). */
export function unsafeExpressionReason(source: string): string | null {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').trim();
  return withoutComments === '' ? null : `{expressions} are not allowed in content (found "{${source.trim().slice(0, 40)}}")`;
}

/** Why an MDX import/export is unsafe: content gets its components from the site, so it never needs one. */
export function unsafeEsmReason(source: string): string {
  return `import/export is not allowed in content (found "${source.trim().slice(0, 60)}"); components are provided by the site`;
}
