/** Ideas for "questions you'll ask", taken from the question bank's strong answers to "any questions for me?". */
import { extractStrongAnswers, questionsAskedIn } from '../practice/sample-answer.ts';

/** What the picker needs from a bank entry. */
export interface BankEntry {
  screenSlot?: string;
  body: string;
}

/** The most ideas offered, so the picker stays short. */
export const MAX_ASK_IDEAS = 10;

/** The questions candidates ask in the bank's strong answers to the "your questions" beat, without repeats. */
export function askIdeas(entries: readonly BankEntry[]): string[] {
  const seen = new Set<string>();
  const ideas: string[] = [];
  for (const entry of entries) {
    if (entry.screenSlot !== 'your-questions') continue;
    for (const answer of extractStrongAnswers(entry.body)) {
      for (const question of questionsAskedIn(answer)) {
        const key = question.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
        if (seen.has(key)) continue;
        seen.add(key);
        ideas.push(question);
      }
    }
  }
  return ideas.slice(0, MAX_ASK_IDEAS);
}
