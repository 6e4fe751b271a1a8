/**
 * How much content the site promises (issue #12), in one place: the content tests read these numbers,
 * so raising a target is a one-line change here.
 */
export const CONTENT_TARGETS = {
  /** Questions in the whole bank. */
  questions: 100,
  /** Questions filed under each of the six purposes. */
  questionsPerPurpose: 14,
  /** Questions tagged with each role track by name (a question tagged `any` does not count toward a track). */
  questionsTaggedPerRole: 15,
  /** Guides in content/guides. */
  guides: 14,
} as const;
