/**
 * Where the prep sheet finds the salary calculator's saved range. The key is repeated here, without the
 * calculator's zod schema, so the schema loads only when a range is really saved; a unit test keeps the
 * two in step.
 */
export const SALARY_RECORD_KEY = 'psg:salary:v1';
