/**
 * Reads the strong sample answer out of a question's MDX body at build time, so the drill shows exactly
 * what the question page shows, with no second copy to keep in step.
 */
import { typographic } from '../content/typographic.ts';

/** An opening `<StrongAnswer …>` tag; attribute values may hold `>` inside their quotes. */
const STRONG_OPEN = /<StrongAnswer(?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*\s*>/g;

/** Plain text from a little MDX: tags, emphasis and link targets removed, paragraphs kept, curly quotes as on the page. */
function mdxFragmentToText(fragment: string): string {
  const text = fragment
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S(?:[^]*?\S)?)\1/g, '$2')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return typographic(text);
}

/** Every `<StrongAnswer>` text in a body, in order, as plain text with paragraphs kept. */
export function extractStrongAnswers(body: string): string[] {
  const answers: string[] = [];
  for (const open of body.matchAll(STRONG_OPEN)) {
    const start = (open.index ?? 0) + open[0].length;
    const end = body.indexOf('</StrongAnswer>', start);
    if (end === -1) continue;
    const text = mdxFragmentToText(body.slice(start, end));
    if (text) answers.push(text);
  }
  return answers;
}

/** The first strong sample answer in a question's body, or null when there is none. */
export function extractSampleAnswer(body: string): string | null {
  return extractStrongAnswers(body)[0] ?? null;
}

/** Words that start a spoken follow-on question but don't belong on a written list. */
const LEAD_INS = /^(?:and also|and then|and|also|so|then|but|plus)\s+/i;

/**
 * The questions a candidate asks in a strong answer, e.g. to "Do you have any questions for me?".
 * They become the prep sheet's ideas for "questions you'll ask", straight from the bank.
 */
export function questionsAskedIn(answer: string): string[] {
  const sentences = answer.replace(/[“”"]/g, ' ').match(/[^.!?\n]+\?/g) ?? [];
  return sentences
    .map((s) => s.replace(/\s+/g, ' ').trim().replace(LEAD_INS, ''))
    .filter((s) => s.split(' ').length >= 4)
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1));
}
