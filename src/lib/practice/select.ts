import { SCREEN_SLOTS, type PurposeId, type RoleId, type ScreenSlot } from '../purposes.ts';
import { appliesToRole } from '../content/roles.ts';
import type { PracticeQuestion } from './data.ts';
import { seededRandom, shuffle } from './random.ts';

/** One beat of "a real screen": the slot, what to call it, and which purpose stands in when no question has the slot. */
export interface ScreenBeat {
  slot: ScreenSlot;
  label: string;
  fallback: PurposeId;
}

/**
 * The running order of a typical recruiter's call. A Record first, so the compiler insists every slot is
 * covered; SCREEN_SLOTS then fixes the order.
 */
const BEATS: Record<ScreenSlot, Omit<ScreenBeat, 'slot'>> = {
  opener: { label: 'The opener', fallback: 'communication' },
  background: { label: 'Your background or a gap', fallback: 'details' },
  technical: { label: 'One technical question', fallback: 'qualifications' },
  availability: { label: 'Availability', fallback: 'interest' },
  'why-company': { label: 'Why this company', fallback: 'interest' },
  salary: { label: 'Salary', fallback: 'salary' },
  'your-questions': { label: '“Any questions for me?”', fallback: 'fit' },
};

/** The beats of a real screen, in the order a caller usually goes (SCREEN_SLOTS; BEATS above makes sure none is missing). */
export const SCREEN_ORDER: readonly ScreenBeat[] = SCREEN_SLOTS.map((slot) => ({ slot, ...BEATS[slot] }));

/** How to pick the questions for one drill. */
export type DrillPlan =
  | { mode: 'screen'; track: RoleId; seed: number }
  | { mode: 'purpose'; track: RoleId; purpose: PurposeId; seed: number; /** How many; all when left out. */ count?: number }
  | { mode: 'ids'; ids: readonly string[] };

/** A question picked for a drill, with the screen beat it stands for (screen mode only). */
export interface DrillItem {
  question: PracticeQuestion;
  beat?: ScreenBeat;
}

/**
 * Questions that suit the track, the ones written for it first: a support track should hear a support
 * technical question before a generic one. Each group is shuffled with the drill's generator.
 */
function rankForTrack(candidates: readonly PracticeQuestion[], track: RoleId, random: () => number): PracticeQuestion[] {
  const suited = candidates.filter((q) => appliesToRole(q.roles, track));
  if (track === 'any') return shuffle(suited, random);
  const own = suited.filter((q) => q.roles.includes(track));
  const general = suited.filter((q) => !q.roles.includes(track));
  return [...shuffle(own, random), ...shuffle(general, random)];
}

/** Picks the drill's questions from the bank. The same plan and bank always give the same list. */
export function selectQuestions(bank: readonly PracticeQuestion[], plan: DrillPlan): DrillItem[] {
  // A stable starting order, so the result depends on the seed and not on how the bank was loaded.
  const sorted = [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  if (plan.mode === 'ids') {
    const byId = new Map(sorted.map((q) => [q.id, q]));
    return plan.ids.flatMap((id) => {
      const question = byId.get(id);
      return question ? [{ question }] : [];
    });
  }

  const random = seededRandom(plan.seed);
  if (plan.mode === 'purpose') {
    const picked = rankForTrack(
      sorted.filter((q) => q.purpose === plan.purpose),
      plan.track,
      random,
    );
    // Ranking put the track's own questions first; a drill of one purpose should mix them.
    const mixed = shuffle(picked, random);
    return mixed.slice(0, plan.count ?? mixed.length).map((question) => ({ question }));
  }

  const used = new Set<string>();
  const items: DrillItem[] = [];
  for (const beat of SCREEN_ORDER) {
    const fresh = sorted.filter((q) => !used.has(q.id));
    const inSlot = rankForTrack(
      fresh.filter((q) => q.screenSlot === beat.slot),
      plan.track,
      random,
    );
    // No question has this slot for the track: a question of the beat's purpose that isn't another beat's stands in.
    const standIn =
      inSlot.length > 0
        ? inSlot
        : rankForTrack(
            fresh.filter((q) => q.purpose === beat.fallback && !q.screenSlot),
            plan.track,
            random,
          );
    const question = standIn[0];
    if (!question) continue;
    used.add(question.id);
    items.push({ question, beat });
  }
  return items;
}

/** How many questions each drill would have, per track: a real screen's length and each purpose's count. */
export interface DrillSizes {
  screen: number;
  purposes: Record<PurposeId, number>;
}

/** Counts for the setup form, so it can say "8 questions" before anything is fetched. */
export function drillSizes(bank: readonly PracticeQuestion[], track: RoleId, purposeIds: readonly PurposeId[]): DrillSizes {
  const purposes = Object.fromEntries(
    purposeIds.map((purpose) => [purpose, bank.filter((q) => q.purpose === purpose && appliesToRole(q.roles, track)).length]),
  ) as Record<PurposeId, number>;
  return { screen: selectQuestions(bank, { mode: 'screen', track, seed: 0 }).length, purposes };
}
