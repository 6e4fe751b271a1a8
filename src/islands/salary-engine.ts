/**
 * Everything the salary calculator loads after page open, as one chunk loaded by URL (the lazy-modules
 * integration, so the island's first render carries no preload helper): the engine, the results view and the
 * stored records. SalaryCalculator.tsx imports it on the first focus, pointer or input, or at once when
 * something is stored to restore.
 */
export * from '../lib/salary/engine.ts';
export { liveText, postedFlag } from '../lib/salary/result-words.ts';
export * as View from './SalaryResults.tsx';
export * as Memory from './SalaryMemory.tsx';
