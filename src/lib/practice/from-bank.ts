/** Builds the drill's data from the content collections at build time (pure: the page passes the entries in). */
import { PURPOSE_IDS, type PurposeId } from '../purposes.ts';
import type { HelpLink, PracticeData, PracticeQuestion } from './data.ts';
import { extractSampleAnswer } from './sample-answer.ts';

/** What the drill needs from a question entry of the collection. */
export interface QuestionEntryLike {
  id: string;
  body?: string;
  data: Omit<PracticeQuestion, 'id' | 'href' | 'sample'>;
}

/** What the drill needs from a guide entry. */
export interface GuideEntryLike {
  title: string;
  href: string;
  purposes: readonly PurposeId[];
}

/** One bank entry as a drill question, its sample answer read from the body. */
export function toPracticeQuestion(entry: QuestionEntryLike, href: string): PracticeQuestion {
  const { prompt, purpose, roles, difficulty, targetSeconds, strongPoints, followUps, screenSlot } = entry.data;
  return {
    id: entry.id,
    href,
    prompt,
    purpose,
    roles: [...roles],
    difficulty,
    targetSeconds,
    strongPoints: [...strongPoints],
    followUps: [...followUps],
    ...(screenSlot ? { screenSlot } : {}),
    sample: extractSampleAnswer(entry.body ?? ''),
  };
}

/** The drill's data file: questions sorted by id, and for each purpose its hub followed by its guides, in order. */
export function practiceData(
  questions: readonly PracticeQuestion[],
  hubs: Partial<Record<PurposeId, HelpLink>>,
  guides: readonly GuideEntryLike[],
): PracticeData {
  const help = Object.fromEntries(
    PURPOSE_IDS.map((purpose) => {
      const hub = hubs[purpose];
      const related = guides.filter((g) => g.purposes.includes(purpose)).map(({ title, href }) => ({ title, href }));
      return [purpose, [...(hub ? [hub] : []), ...related]];
    }),
  ) as PracticeData['help'];
  return { questions: [...questions].sort((a, b) => (a.id < b.id ? -1 : 1)), help };
}
