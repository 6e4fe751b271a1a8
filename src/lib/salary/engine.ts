/**
 * What the calculator island loads when the reader first reaches the form: checking, the maths and the
 * words. One lazy chunk, kept apart from the first render; the results view imports the same modules.
 */
export { calculate } from './calculate.ts';
export { convertPayText, readSalaryForm } from './inputs.ts';
export { toSavedRange, whatToSay } from './script.ts';
