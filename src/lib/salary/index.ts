/**
 * The salary calculator's pure logic, one concept per module.
 * Islands import the modules directly, so each bundle holds only what it uses. The zod contract of the
 * saved range lives in src/schemas/records/saved-range.ts.
 */
export * from './calculate.ts';
export * from './dataset.ts';
export * from './form.ts';
export * from './format.ts';
export * from './inputs.ts';
export * from './model.ts';
export * from './parse.ts';
export * from './round.ts';
export * from './saved-range-record.ts';
export * from './form-record.ts';
export * from './area.ts';
export * from './script.ts';
export * from './tracks.ts';
export * from './worked-example.ts';
