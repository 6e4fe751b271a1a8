import { h, hydrate } from 'preact';
import Checklist, { type ChecklistProps } from './Checklist.tsx';

/**
 * Brings a checklist embedded in a guide to life. Guides may not ship framework code at first render,
 * so the embed is plain server HTML until it scrolls into view; then this module (loaded by URL) hydrates
 * the same Checklist island over it, with the props the server stored on the element.
 */
export function mountChecklistEmbed(element: HTMLElement): void {
  const props = JSON.parse(element.dataset.props ?? '{}') as ChecklistProps;
  hydrate(h(Checklist, props), element);
}
