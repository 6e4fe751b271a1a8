/**
 * The job groups the calculator's occupation list is sorted into, as the wage research maps them
 * (the wage research behind content/salary/). "Analyst" and "Other" have no matching site role track,
 * so these are their own small vocabulary rather than the site's RoleId.
 */
export const SALARY_TRACK_IDS = ['support', 'it', 'developer', 'data', 'security', 'analyst', 'other'] as const;

/** One group of occupations in the calculator. */
export type SalaryTrackId = (typeof SALARY_TRACK_IDS)[number];

/** The heading each group gets in the occupation list, in the research's words. */
export const SALARY_TRACK_LABELS: Record<SalaryTrackId, string> = {
  support: 'Tech support / help desk',
  it: 'IT and systems administration',
  developer: 'Software developer',
  data: 'Data',
  security: 'Security',
  analyst: 'Analyst',
  other: 'Other computer jobs',
};
