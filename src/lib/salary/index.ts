/**
 * The salary calculator's pure logic, one concept per module.
 * Islands import the modules directly: this index also re-exports the zod contract in saved-range.ts,
 * which must stay out of browser bundles.
 */
export * from './calculate.ts';
export * from './dataset.ts';
export * from './form.ts';
export * from './format.ts';
export * from './inputs.ts';
export * from './model.ts';
export * from './parse.ts';
export * from './round.ts';
export * from './saved-range.ts';
export * from './saved-range-record.ts';
export * from './form-record.ts';
export * from './area.ts';
export * from './script.ts';
export * from './tracks.ts';
export * from './worked-example.ts';
