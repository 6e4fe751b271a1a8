import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasTag, newStoryId, normalizeSkill, purposeCoverage, storyTitle, type Story } from '../../../src/lib/stories/model.ts';
import { isStory } from '../../../src/lib/stories/record.ts';
import { storyArb } from './fixtures.ts';

const printer: Story = {
  id: 's1',
  title: '  Printer fleet fix ',
  situation: 'Forty printers dropped off the network after an update.',
  action: 'I rolled back the driver on each one with a script.',
  result: 'All forty printed again by noon.',
  learned: 'Test updates on one machine first.',
  purposes: ['qualifications'],
  roles: ['support', 'it'],
  skills: ['troubleshooting'],
  updatedAt: '2026-11-29T10:00:00.000Z',
};

describe('newStoryId', () => {
  it('makes ids from the time and a random part, safe as keys', () => {
    const id = newStoryId(new Date('2026-11-29T10:00:00.000Z'), () => 0.5);
    expect(id).toMatch(/^s[0-9a-z]+$/);
    expect(newStoryId(new Date('2026-11-29T10:00:00.000Z'), () => 0.25)).not.toBe(id);
  });
});

describe('normalizeSkill and storyTitle', () => {
  it('tidies a typed skill tag and names an untitled story', () => {
    expect(normalizeSkill('  Difficult   CUSTOMER ')).toBe('difficult customer');
    expect(storyTitle(printer)).toBe('Printer fleet fix');
    expect(storyTitle({ ...printer, title: '   ' })).toBe('Untitled story');
  });
});

describe('hasTag and purposeCoverage', () => {
  it('matches purpose, role and skill tags, and counts stories per purpose for the gap view', () => {
    expect(hasTag(printer, { kind: 'purpose', id: 'qualifications' })).toBe(true);
    expect(hasTag(printer, { kind: 'purpose', id: 'salary' })).toBe(false);
    expect(hasTag(printer, { kind: 'role', id: 'it' })).toBe(true);
    expect(hasTag(printer, { kind: 'skill', id: 'troubleshooting' })).toBe(true);
    const coverage = purposeCoverage([printer, { ...printer, id: 's2', purposes: ['qualifications', 'fit'] }]);
    expect(coverage.find((row) => row.purpose === 'qualifications')?.count).toBe(2);
    expect(coverage.find((row) => row.purpose === 'fit')?.count).toBe(1);
    expect(coverage.find((row) => row.purpose === 'salary')?.count).toBe(0);
    expect(coverage).toHaveLength(6);
  });
});

describe('isStory', () => {
  it('accepts every valid story and refuses wrong types and extra keys', () => {
    fc.assert(
      fc.property(storyArb, (story) => isStory(story)),
      { numRuns: 100 },
    );
    expect(isStory({ ...printer, purposes: ['nope'] })).toBe(false);
    expect(isStory({ ...printer, extra: 1 })).toBe(false);
    expect(isStory({ ...printer, title: 5 })).toBe(false);
    expect(isStory(null)).toBe(false);
  });
});
