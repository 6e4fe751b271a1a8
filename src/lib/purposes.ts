/** The six reasons a tech employer phone-screens. Their ids are used in URLs, content and search filters. */
export const PURPOSE_IDS = ['details', 'qualifications', 'interest', 'communication', 'salary', 'fit'] as const;

/** One of the six phone-screen purposes. */
export type PurposeId = (typeof PURPOSE_IDS)[number];

/** Short human labels for each purpose, for chips, filters and headings. */
export const PURPOSE_LABELS: Record<PurposeId, string> = {
  details: 'Details',
  qualifications: 'Qualifications',
  interest: 'Interest',
  communication: 'Communication',
  salary: 'Salary',
  fit: 'Fit',
};

/** Stages of the phone screen that guides are grouped by. */
export const STAGE_IDS = ['before', 'during', 'after'] as const;

/** A stage of the call: before, during or after. */
export type StageId = (typeof STAGE_IDS)[number];

/** Headings for each stage. */
export const STAGE_LABELS: Record<StageId, string> = {
  before: 'Before the call',
  during: 'During the call',
  after: 'After the call',
};

/** Role tracks a question can apply to; `any` means every track. */
export const ROLE_IDS = ['support', 'it', 'developer', 'data', 'security', 'any'] as const;

/** A role track. */
export type RoleId = (typeof ROLE_IDS)[number];

/** Human labels for role tracks. */
export const ROLE_LABELS: Record<RoleId, string> = {
  support: 'Tech support',
  it: 'IT & sysadmin',
  developer: 'Software developer',
  data: 'Data',
  security: 'Security',
  any: 'Any role',
};

/**
 * Where a question sits in a typical recruiter's call (a question's `screenSlot`), in the usual order, so the
 * practice drill can run "a real screen": opener, background or gap, one technical, availability, why us,
 * salary, your questions. Defined here, without zod, so the question schema and the browser share it.
 */
export const SCREEN_SLOTS = ['opener', 'background', 'technical', 'availability', 'why-company', 'salary', 'your-questions'] as const;

/** One beat of a typical screen. */
export type ScreenSlot = (typeof SCREEN_SLOTS)[number];
