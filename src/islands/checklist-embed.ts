import { h, hydrate } from 'preact';
import Checklist, { type ChecklistProps } from './Checklist.tsx';

/**
 * Brings a checklist embedded in a guide to life. The embed is plain server HTML until it scrolls into
 * view; then this module (loaded by URL) hydrates the same island over it, with the props stored on it.
 */
export function mount(element: HTMLElement): void {
  hydrate(h(Checklist, JSON.parse(element.dataset.props ?? '{}') as ChecklistProps), element);
}
