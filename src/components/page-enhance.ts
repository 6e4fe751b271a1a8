/**
 * Small extras for reading pages, loaded after the page has finished loading (src/components/after-load.ts), so they cost
 * nothing at first render: the "On this page" list marks the section being read, and "Say this" cards get a
 * working copy button. Without this file both still work as plain links and selectable text.
 */

/** Marks the contents link of the last section whose heading has scrolled above the top third of the window. */
function markCurrentSection(toc: Element): void {
  const pairs: [HTMLElement, HTMLAnchorElement][] = [];
  for (const link of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (heading) pairs.push([heading, link]);
  }
  const mark = () => {
    let current = pairs[0]?.[1];
    for (const [heading, link] of pairs) if (heading.getBoundingClientRect().top < innerHeight / 3) current = link;
    for (const [, link] of pairs) {
      if (link === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  // Headings crossing the top third of the window are the only moments the answer can change.
  const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -66% 0px' });
  for (const [heading] of pairs) observer.observe(heading);
  mark();
}

/** Copies a "Say this" script and says so in the card's status line (or says how to copy by hand). */
function copyScript(button: HTMLElement): void {
  const card = button.closest('figure');
  const text = card?.querySelector('blockquote')?.innerText.trim() ?? '';
  const status = card?.querySelector('[data-copy-status]');
  const say = (words: string) => {
    if (status) status.textContent = words;
  };
  navigator.clipboard.writeText(text).then(
    () => say('Copied.'),
    () => say('Couldn’t copy: select the text and copy it instead.'),
  );
}

const toc = document.querySelector('[data-toc]');
if (toc && 'IntersectionObserver' in window) markCurrentSection(toc);

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-copy]');
  if (button) copyScript(button);
});
