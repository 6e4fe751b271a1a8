/**
 * Where the calculator's two records live in localStorage, in a module of their own: the island's first
 * render only needs to know whether either exists (to restore at once) without loading the record code.
 */

/** The range the reader chose to save (read by the prep sheet). */
export const SAVED_RANGE_STORAGE_KEY = 'psg:salary:v1';

/** The calculator's typed inputs. */
export const SALARY_FORM_STORAGE_KEY = 'psg:salary-form:v1';
