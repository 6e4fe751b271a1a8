import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXPORT_FORMAT, exportStories, importNeedsConfirm, mergeStories, parseStoriesImport } from '../../../src/lib/stories/transfer.ts';
import { blankStory, emptyStoriesRecord, type StoriesRecord } from '../../../src/lib/stories/model.ts';
import { storyArb } from './fixtures.ts';

const now = new Date('2026-12-03T15:00:00.000Z');
const bank: StoriesRecord = {
  ...emptyStoriesRecord(),
  name: 'Sam Lee',
  stories: [{ ...blankStory('a1', now), title: 'Printer fleet', purposes: ['qualifications'] }],
  pinned: ['a1'],
};

describe('export and import', () => {
  it('round-trips a bank exactly', () => {
    const result = parseStoriesImport(exportStories(bank, now));
    expect(result).toEqual({ ok: true, record: bank });
  });

  it('round-trips any valid bank (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(storyArb, { maxLength: 8, selector: (s) => s.id }), fc.string({ maxLength: 80 }), (stories, name) => {
        const record: StoriesRecord = { ...emptyStoriesRecord(), name, stories, pinned: stories.slice(0, 2).map((s) => s.id) };
        expect(parseStoriesImport(exportStories(record, now))).toEqual({ ok: true, record });
      }),
    );
  });

  it('turns down hostile input with a specific message and never throws (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.anything().map((v) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, name: '', stories: v, pinned: [] }) ?? ''),
        ),
        (text) => {
          const result = parseStoriesImport(text);
          if (!result.ok) {
            expect(result.message).toMatch(/\S/);
            expect(result.message).not.toMatch(/undefined|NaN/);
          }
        },
      ),
    );
  });

  it('names each hostile case', () => {
    const file = (extra: Record<string, unknown>) =>
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), name: '', stories: [], pinned: [], ...extra });
    expect(parseStoriesImport('')).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
    expect(parseStoriesImport('{not json')).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect(parseStoriesImport('[1,2]')).toMatchObject({ ok: false, message: expect.stringMatching(/not a story bank/) });
    expect(parseStoriesImport(file({ version: 99 }))).toMatchObject({ ok: false, message: expect.stringMatching(/different version.*99/) });
    expect(parseStoriesImport(file({ name: 42 }))).toMatchObject({ ok: false, message: expect.stringMatching(/damaged/) });
    expect(parseStoriesImport(file({ stories: 'lots' }))).toMatchObject({ ok: false });
    expect(parseStoriesImport(file({ stories: [{ ...blankStory('a', now), title: 'x'.repeat(10_000_000) }] }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too large/),
    });
    expect(parseStoriesImport(file({ name: 'x'.repeat(5000) }))).toMatchObject({ ok: false, message: expect.stringMatching(/damaged/) });
    const proto = file({}).replace('{', '{"__proto__":{"polluted":true},');
    expect(parseStoriesImport(proto)).toMatchObject({ ok: false });
    const storyProto = file({ stories: [blankStory('a', now)] }).replace('"id":', '"__proto__":{"polluted":true},"id":');
    expect(parseStoriesImport(storyProto)).toMatchObject({ ok: false });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('asks before replacing a non-empty bank, and "add to mine" keeps every current story', () => {
    expect(importNeedsConfirm(emptyStoriesRecord())).toBe(false);
    expect(importNeedsConfirm(bank)).toBe(true);
    const incoming: StoriesRecord = {
      ...emptyStoriesRecord(),
      name: 'Other',
      stories: [
        { ...blankStory('a1', now), title: 'Clash' },
        { ...blankStory('b2', now), title: 'New' },
      ],
      pinned: [],
    };
    const merged = mergeStories(bank, incoming);
    expect(merged.name).toBe('Sam Lee');
    expect(merged.stories.map((s) => s.title)).toEqual(['Printer fleet', 'New']);
  });
});
