/** Anything with an id and a relevance score, such as a Pagefind result. */
export interface ScoredHit {
  id: string;
  score: number;
}

/** One search's results and how much they count in the merge. */
export interface WeightedResults<T extends ScoredHit> {
  hits: readonly T[];
  weight: number;
}

/** A page after merging: its summed score and the hit that contributed most (whose excerpt we show). */
export interface MergedHit<T extends ScoredHit> {
  id: string;
  score: number;
  best: T;
}

/**
 * Merges several searches into one ranking. A page's score is the weighted sum of its scores, so a page
 * that matches more of the words (and the rarer ones, which Pagefind scores higher) comes first. Ties keep
 * the order in which pages were first seen, so the strict search's own order survives.
 */
export function mergeByScore<T extends ScoredHit>(lists: readonly WeightedResults<T>[]): MergedHit<T>[] {
  const merged = new Map<string, { score: number; best: T; bestContribution: number; seen: number }>();
  for (const { hits, weight } of lists) {
    for (const hit of hits) {
      const contribution = Number.isFinite(hit.score) ? hit.score * weight : 0;
      const entry = merged.get(hit.id);
      if (!entry) {
        merged.set(hit.id, { score: contribution, best: hit, bestContribution: contribution, seen: merged.size });
        continue;
      }
      entry.score += contribution;
      if (contribution > entry.bestContribution) {
        entry.best = hit;
        entry.bestContribution = contribution;
      }
    }
  }
  return [...merged.entries()].sort(([, a], [, b]) => b.score - a.score || a.seen - b.seen).map(([id, { score, best }]) => ({ id, score, best }));
}
