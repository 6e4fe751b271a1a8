/**
 * Which of a question's "what a strong answer covers" points a transcript mentions. A word match, not
 * understanding: a point counts when at least half of its meaningful words (loosely stemmed) were said.
 */

const STOPWORDS = new Set(
  'a an and are as at be but by can did do does for from had has have how i if in into is it its just me my no not of on one or our out so than that the their them then there they this to too two up us was we were what when where which who why will with you your yours before after only without'.split(
    ' ',
  ),
);

/** A crude English stem, enough to match "examples" with "example" and "listened" with "listen". */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(ch|sh|ss|x)es$/.test(w)) return w.slice(0, -2);
  for (const suffix of ['ing', 'ed', 's', 'ly']) if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  return w;
}

/** The words in a point that carry its meaning, stemmed. */
export function keyWords(text: string): string[] {
  const words = (text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)*/g) ?? []).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
  return [...new Set(words.map(stem))];
}

/** One point and whether it was mentioned. */
export interface PointCoverage {
  point: string;
  covered: boolean;
}

/** Coverage of each strong-answer point by a transcript, in the points' order. */
export function keyPointCoverage(points: readonly string[], transcript: string): PointCoverage[] {
  const said = new Set(keyWords(transcript));
  return points.map((point) => {
    const words = keyWords(point);
    const hits = words.filter((w) => said.has(w)).length;
    return { point, covered: words.length > 0 && hits >= Math.ceil(words.length / 2) };
  });
}
