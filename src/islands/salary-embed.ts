import { h, hydrate } from 'preact';
import SalaryCalculator, { type SalaryCalculatorProps } from './SalaryCalculator.tsx';

/**
 * Brings the salary calculator embedded in a guide to life. The embed is plain server HTML until it
 * scrolls into view; then this module (loaded by URL) hydrates the same island over it.
 */
export function mount(element: HTMLElement): void {
  hydrate(h(SalaryCalculator, JSON.parse(element.dataset.props ?? '{}') as SalaryCalculatorProps), element);
}
