import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isTicked,
  listTicks,
  listProgress,
  overallProgress,
  progressText,
  resetList,
  setTicked,
  toggleTicked,
  undoReset,
  type ChecklistShape,
} from '../../../src/lib/checklist/model.ts';
import { emptyChecklistRecord, type ChecklistRecord } from '../../../src/lib/checklist/stored-record.ts';

const T1 = new Date('2026-03-01T09:00:00.000Z');
const T2 = new Date('2026-03-02T10:30:00.000Z');
const dayBefore: ChecklistShape = { id: 'day-before', itemIds: ['research-company', 'salary-range', 'three-questions'] };
const after: ChecklistShape = { id: 'after-the-call', itemIds: ['thank-you-email', 'follow-up-date'] };

/** A record where `day-before` also holds a tick for an item the content no longer has. */
function withRetiredItem(): ChecklistRecord {
  return { version: 1, lists: { 'day-before': { 'retired-item': '2025-12-31T23:59:59.000Z', 'salary-range': T1.toISOString() } } };
}

describe('ticking', () => {
  it('ticks with the time, and unticks', () => {
    const ticked = setTicked(emptyChecklistRecord(), 'day-before', 'salary-range', true, T1);
    expect(ticked).toEqual({ version: 1, lists: { 'day-before': { 'salary-range': '2026-03-01T09:00:00.000Z' } } });
    expect(isTicked(ticked, 'day-before', 'salary-range')).toBe(true);
    const unticked = setTicked(ticked, 'day-before', 'salary-range', false, T2);
    expect(isTicked(unticked, 'day-before', 'salary-range')).toBe(false);
    // An emptied list is dropped, so the stored record doesn't grow with empty objects.
    expect(unticked).toEqual(emptyChecklistRecord());
  });

  it('keeps the first tick time when an item is ticked again, and returns the same record', () => {
    const once = setTicked(emptyChecklistRecord(), 'day-before', 'salary-range', true, T1);
    const twice = setTicked(once, 'day-before', 'salary-range', true, T2);
    expect(twice).toBe(once);
    expect(twice.lists['day-before']!['salary-range']).toBe(T1.toISOString());
  });

  it('toggles', () => {
    const on = toggleTicked(emptyChecklistRecord(), 'after-the-call', 'thank-you-email', T1);
    expect(isTicked(on, 'after-the-call', 'thank-you-email')).toBe(true);
    expect(isTicked(toggleTicked(on, 'after-the-call', 'thank-you-email', T2), 'after-the-call', 'thank-you-email')).toBe(false);
  });

  it('never changes the record it was given', () => {
    const record = withRetiredItem();
    const before = structuredClone(record);
    setTicked(record, 'day-before', 'three-questions', true, T2);
    setTicked(record, 'day-before', 'salary-range', false, T2);
    resetList(record, dayBefore);
    expect(record).toEqual(before);
  });

  it('keeps ticks of items that are no longer in the content', () => {
    const record = setTicked(withRetiredItem(), 'day-before', 'salary-range', false, T2);
    expect(record.lists['day-before']).toEqual({ 'retired-item': '2025-12-31T23:59:59.000Z' });
  });

  it('is not fooled by ids that name Object.prototype members', () => {
    const record = emptyChecklistRecord();
    expect(isTicked(record, 'constructor', 'toString')).toBe(false);
    expect(listProgress(record, { id: 'constructor', itemIds: ['toString', 'hasOwnProperty'] })).toEqual({ done: 0, total: 2 });
  });
});

describe('progress', () => {
  it('counts only the items the content has today', () => {
    expect(listProgress(withRetiredItem(), dayBefore)).toEqual({ done: 1, total: 3 });
  });

  it('sums over lists', () => {
    const record = setTicked(withRetiredItem(), 'after-the-call', 'follow-up-date', true, T1);
    expect(overallProgress(record, [dayBefore, after])).toEqual({ done: 2, total: 5 });
    expect(overallProgress(record, [])).toEqual({ done: 0, total: 0 });
  });

  it('says it in words', () => {
    expect(progressText({ done: 3, total: 7 })).toBe('3 of 7 done');
  });
});

describe('reset and undo', () => {
  it('clears the list’s current items, keeps other lists and retired items, and undo puts them back', () => {
    let record = withRetiredItem();
    record = setTicked(record, 'day-before', 'research-company', true, T1);
    record = setTicked(record, 'after-the-call', 'thank-you-email', true, T1);
    const { record: reset, removed } = resetList(record, dayBefore);
    expect(listProgress(reset, dayBefore).done).toBe(0);
    expect(reset.lists['day-before']).toEqual({ 'retired-item': '2025-12-31T23:59:59.000Z' });
    expect(reset.lists['after-the-call']).toEqual(record.lists['after-the-call']);
    expect(removed).toEqual({ 'research-company': T1.toISOString(), 'salary-range': T1.toISOString() });
    expect(undoReset(reset, 'day-before', removed)).toEqual(record);
  });

  it('does nothing to a list with nothing ticked', () => {
    const record = emptyChecklistRecord();
    const result = resetList(record, dayBefore);
    expect(result.record).toBe(record);
    expect(result.removed).toEqual({});
    expect(undoReset(record, 'day-before', result.removed)).toBe(record);
  });

  it('keeps a tick made after the reset when undoing', () => {
    const record = setTicked(emptyChecklistRecord(), 'day-before', 'salary-range', true, T1);
    const { record: reset, removed } = resetList(record, dayBefore);
    const reticked = setTicked(reset, 'day-before', 'three-questions', true, T2);
    const undone = undoReset(reticked, 'day-before', removed);
    expect(undone.lists['day-before']).toEqual({ 'salary-range': T1.toISOString(), 'three-questions': T2.toISOString() });
  });

  it('reset then undo always gives back the same ticks (property)', () => {
    const ids = ['a', 'b', 'c', 'd'];
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), (ticked, current) => {
        let record = emptyChecklistRecord();
        for (const id of ticked) record = setTicked(record, 'l', id, true, T1);
        const shape = { id: 'l', itemIds: current };
        const { record: reset, removed } = resetList(record, shape);
        expect(listProgress(reset, shape).done).toBe(0);
        // Only the items the list shows are cleared.
        for (const id of ticked) expect(isTicked(reset, 'l', id)).toBe(!current.includes(id));
        expect(undoReset(reset, 'l', removed)).toEqual(record);
      }),
    );
  });
});

describe('listTicks', () => {
  it('gives a list’s ticks, and an empty set for an unknown list or an inherited key', () => {
    const record: ChecklistRecord = { version: 1, lists: { 'day-before': { 'salary-range': '2026-05-09T12:00:00.000Z' } } };
    expect(listTicks(record, 'day-before')).toEqual({ 'salary-range': '2026-05-09T12:00:00.000Z' });
    expect(listTicks(record, 'after-the-call')).toEqual({});
    expect(listTicks(record, 'toString')).toEqual({});
  });
});
