/**
 * Ideas for "questions you'll ask": the questions our content already suggests, so the prep sheet offers
 * what the question bank and the questions-to-ask guide teach, not a second list kept by hand.
 */
import { extractStrongAnswers, questionsAskedIn } from '../practice/sample-answer.ts';

/** What the picker needs from a bank entry. */
export interface BankEntry {
  screenSlot?: string;
  body: string;
}

/** The most ideas offered, so the picker stays short. */
export const MAX_ASK_IDEAS = 12;

/**
 * Questions written as quoted list items, the way guides list questions to ask:
 * `- "What are the next steps?"` or `- **IT:** "Mostly cloud, or your own servers?"`. Items with a
 * [blank] to fill in are left out, since the sheet is for the exact words.
 */
export function quotedListQuestions(body: string): string[] {
  const found: string[] = [];
  for (const match of body.matchAll(/^\s*(?:[-*]|\d+\.)\s+(?:\*\*[^*]+\*\*\s*)?["“]([^"”\n]+\?)["”]\s*$/gm)) {
    const question = match[1]!.trim();
    if (!/[[\]]/.test(question)) found.push(question);
  }
  return found;
}

/** A key that treats the same question with different punctuation or case as one. */
const sameQuestion = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Ideas from the bank's "any questions for me?" entries and any guide bodies given: their listed
 * questions first; the questions inside strong sample answers only when nothing lists any.
 */
export function askIdeas(entries: readonly BankEntry[], guideBodies: readonly string[] = []): string[] {
  const closing = entries.filter((entry) => entry.screenSlot === 'your-questions');
  let ideas = [...closing.map((e) => e.body), ...guideBodies].flatMap(quotedListQuestions);
  if (ideas.length === 0) ideas = closing.flatMap((e) => extractStrongAnswers(e.body)).flatMap(questionsAskedIn);
  const seen = new Set<string>();
  return ideas
    .filter((idea) => {
      const key = sameQuestion(idea);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_ASK_IDEAS);
}
