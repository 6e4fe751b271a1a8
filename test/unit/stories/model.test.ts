import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { storyArb } from './fixtures.ts';
import { PURPOSE_IDS, ROLE_IDS, type PurposeId, type RoleId } from '../../../src/lib/purposes.ts';
import {
  MAX_PINS,
  blankStory,
  deleteStory,
  emptyStoriesRecord,
  filterStories,
  parseSkills,
  pinnedStories,
  purposeGaps,
  resultIsWeak,
  saveStory,
  setPinned,
  sortStories,
  storiesForQuestion,
  tagsInUse,
  type Story,
} from '../../../src/lib/stories/model.ts';

const now = new Date('2026-12-03T15:00:00.000Z');
const story = (id: string, purposes: PurposeId[], roles: RoleId[] = [], extra: Partial<Story> = {}): Story => ({
  ...blankStory(id, now),
  title: id,
  purposes,
  roles,
  ...extra,
});

describe('tag matching', () => {
  it('finds stories with the question’s purpose and a fitting role', () => {
    const stories = [
      story('printer', ['qualifications'], ['it']),
      story('customer', ['communication'], ['support']),
      story('script', ['qualifications'], ['developer']),
    ];
    expect(storiesForQuestion(stories, { purpose: 'qualifications', roles: ['it'] }).map((s) => s.id)).toEqual(['printer']);
    expect(
      storiesForQuestion(stories, { purpose: 'qualifications', roles: ['any'] })
        .map((s) => s.id)
        .sort(),
    ).toEqual(['printer', 'script']);
    expect(storiesForQuestion(stories, { purpose: 'salary', roles: ['any'] })).toEqual([]);
  });

  it('treats a story with no role or "any" as fitting every track', () => {
    const stories = [story('general', ['fit']), story('anyrole', ['fit'], ['any'])];
    expect(storiesForQuestion(stories, { purpose: 'fit', roles: ['security'] })).toHaveLength(2);
  });

  it('every match carries the purpose, and every story with the purpose and role any is matched (property)', () => {
    fc.assert(
      fc.property(
        fc.array(storyArb, { maxLength: 20 }),
        fc.constantFrom(...PURPOSE_IDS),
        fc.uniqueArray(fc.constantFrom(...ROLE_IDS)),
        (stories, purpose, roles) => {
          const found = storiesForQuestion(stories, { purpose, roles });
          expect(found.every((s) => s.purposes.includes(purpose))).toBe(true);
          const anyRole = stories.filter((s) => s.purposes.includes(purpose) && (s.roles.length === 0 || s.roles.includes('any')));
          for (const s of anyRole) expect(found).toContain(s);
        },
      ),
    );
  });
});

describe('sort, filter and gaps', () => {
  it('filters by purpose, role and skill tags', () => {
    const stories = [story('a', ['fit'], ['it'], { skills: ['troubleshooting'] }), story('b', ['salary'], ['data'])];
    expect(filterStories(stories, { kind: 'skill', id: 'troubleshooting' }).map((s) => s.id)).toEqual(['a']);
    expect(filterStories(stories, { kind: 'role', id: 'data' }).map((s) => s.id)).toEqual(['b']);
    expect(filterStories(stories, null)).toHaveLength(2);
    expect(tagsInUse(stories)).toEqual([
      { kind: 'purpose', id: 'salary' },
      { kind: 'purpose', id: 'fit' },
      { kind: 'role', id: 'it' },
      { kind: 'role', id: 'data' },
      { kind: 'skill', id: 'troubleshooting' },
    ]);
  });

  it('sorts by title, recency and purpose', () => {
    const stories = [
      story('b', ['fit'], [], { updatedAt: '2026-01-01T00:00:00.000Z' }),
      story('a', ['details'], [], { updatedAt: '2026-02-01T00:00:00.000Z' }),
      story('C', ['interest']),
    ];
    expect(sortStories(stories, 'title').map((s) => s.id)).toEqual(['a', 'b', 'C']);
    expect(sortStories(stories, 'recent').map((s) => s.id)).toEqual(['C', 'a', 'b']);
    expect(sortStories(stories, 'purpose').map((s) => s.id)).toEqual(['a', 'C', 'b']);
  });

  it('the gap view lists exactly the purposes no story covers (property)', () => {
    fc.assert(
      fc.property(fc.array(storyArb, { maxLength: 10 }), (stories) => {
        const gaps = purposeGaps(stories);
        for (const id of PURPOSE_IDS) expect(gaps.includes(id)).toBe(!stories.some((s) => s.purposes.includes(id)));
      }),
    );
  });

  it('filtering never invents stories and sorting keeps them all (property)', () => {
    fc.assert(
      fc.property(fc.array(storyArb, { maxLength: 15 }), fc.constantFrom(...(['recent', 'title', 'purpose'] as const)), (stories, sort) => {
        expect(sortStories(stories, sort)).toHaveLength(stories.length);
        for (const tag of tagsInUse(stories)) expect(filterStories(stories, tag).every((s) => stories.includes(s))).toBe(true);
      }),
    );
  });
});

describe('editing and pins', () => {
  it('saves, replaces and deletes stories, dropping a deleted story’s pin', () => {
    let record = saveStory(emptyStoriesRecord(), story('a', ['fit']), now);
    record = saveStory(record, { ...story('a', ['fit']), title: 'Renamed' }, now);
    expect(record.stories).toHaveLength(1);
    expect(record.stories[0]!.title).toBe('Renamed');
    record = setPinned(record, 'a', true);
    expect(pinnedStories(record).map((s) => s.id)).toEqual(['a']);
    record = deleteStory(record, 'a');
    expect(record.pinned).toEqual([]);
  });

  it('refuses a fourth pin and pins of unknown stories', () => {
    let record = emptyStoriesRecord();
    for (const id of ['a', 'b', 'c', 'd']) record = setPinned(saveStory(record, story(id, []), now), id, true);
    expect(record.pinned).toEqual(['a', 'b', 'c']);
    expect(record.pinned).toHaveLength(MAX_PINS);
    expect(setPinned(record, 'zzz', true)).toBe(record);
  });

  it('parses free skill tags and flags results with no measure', () => {
    expect(parseSkills(' Troubleshooting,  difficult   customer, troubleshooting,, ')).toEqual(['troubleshooting', 'difficult customer']);
    expect(resultIsWeak('It went well.')).toBe(true);
    expect(resultIsWeak('Tickets fell by 30% in a month.')).toBe(false);
    expect(resultIsWeak('')).toBe(false);
  });
});
