import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, textStats } from '../../src/lib/content/readability.ts';
import { blockText, builtSlugs, readBuiltPage } from './helpers/built-pages.ts';

/** The plain-language bar from the style guide: a reading age of about 14. */
const MAX_GRADE = 9;

const guides = builtSlugs('guides');

/** The prose of a built guide: its body, without the table of contents, lists of links or sources. */
function guideProse(slug: string): string {
  const prose = readBuiltPage(`guides/${slug}/index.html`).querySelector('article .prose');
  if (!prose) throw new Error(`guides/${slug}: no .prose element`);
  return blockText(prose);
}

describe('plain language', () => {
  it('has guides to measure', () => {
    expect(guides.length).toBeGreaterThan(0);
  });

  it.each(guides)('guide %s reads at Flesch–Kincaid grade 9 or below', (slug) => {
    const stats = textStats(guideProse(slug));
    const grade = fleschKincaidGrade(stats);
    expect(stats.words, 'guide length in words').toBeGreaterThan(300);
    expect(grade, `grade ${grade.toFixed(1)} (${stats.words} words, ${stats.sentences} sentences)`).toBeLessThanOrEqual(MAX_GRADE);
  });

  it('all guide prose together reads at grade 9 or below', () => {
    const all = guides.map(guideProse).join('\n');
    expect(fleschKincaidGrade(textStats(all))).toBeLessThanOrEqual(MAX_GRADE);
  });
});
