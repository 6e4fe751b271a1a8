import type { Page } from 'playwright-core';

/** The dark theme's --bg token (src/styles/global.css): the body has it once the dark theme applies. */
export const DARK_BACKGROUND = 'rgb(15, 18, 23)';
/** The header's ceiling on a phone or tablet (issue 17): one row, so the page starts on the first screen. */
export const MAX_HEADER_PX = 64;
/** The smallest phone, a common phone and a portrait tablet, each in one theme, so both themes are covered without doubling the run. */
export const NARROW_SCREENS = [
  { width: 320, theme: 'dark' },
  { width: 390, theme: 'light' },
  { width: 768, theme: 'dark' },
] as const;

/** What overflows the viewport sideways: the document, and every visible element not inside a scroll box that itself fits. */
export function findOverflow(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const tolerance = 1;
    const fits = (r: DOMRect) => r.left >= -tolerance && r.right <= viewport + tolerance;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} (${Math.round(el.getBoundingClientRect().left)}→${Math.round(el.getBoundingClientRect().right)})`;
    /** True when an ancestor scrolls or clips sideways and itself fits: what is inside may be wider, by design. */
    const insideFittingScroller = (el: Element) => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        const overflowX = getComputedStyle(node).overflowX;
        if (overflowX !== 'visible' && overflowX !== 'clip') return fits(node.getBoundingClientRect());
        if (overflowX === 'clip') return true;
      }
      return false;
    };
    const wide: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // Not rendered: inside a closed <details>, display: none, or hidden.
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      if (el.closest('.visually-hidden, .skip-link')) continue;
      if (!fits(rect) && !insideFittingScroller(el)) wide.push(describe(el));
    }
    const header = document.querySelector('.site-header');
    return {
      viewport,
      scrollWidth: document.documentElement.scrollWidth,
      wide: wide.slice(0, 10),
      headerHeight: header ? header.getBoundingClientRect().height : Number.NaN,
    };
  });
}
