import { describe, expect, it } from 'vitest';
import { openTakesStore, TAKES_BACKUP_PREFIX, type AsyncKeyValue } from '../../../src/lib/voice/recordings-store.ts';
import { MAX_TAKES, extensionFor, takeFileName, takesCheck, takesRecord, type Take } from '../../../src/lib/voice/takes.ts';

/** A Map behind the store's interface; `failWith` makes every call reject, as a full disk or blocked IndexedDB does. */
function mapStorage() {
  const data = new Map<string, unknown>();
  let failWith: unknown = null;
  const guard = async () => {
    if (failWith) throw failWith;
  };
  const storage: AsyncKeyValue = {
    get: async (key) => (await guard(), data.get(key)),
    set: async (key, value) => (await guard(), void data.set(key, value)),
    del: async (key) => (await guard(), void data.delete(key)),
    keys: async () => (await guard(), [...data.keys()]),
  };
  return { storage, data, fail: (error: unknown) => (failWith = error) };
}

let n = 0;
const take = (overrides: Partial<Take> = {}): Take => ({
  id: `t${(n += 1)}`,
  createdAt: '2026-05-10T15:30:00.000Z',
  mimeType: 'audio/webm;codecs=opus',
  durationMs: 5000,
  targetSeconds: 45,
  audio: new Blob([new Uint8Array([1, 2, 3])], { type: 'audio/webm' }),
  delivery: { durationMs: 5000, talkMs: 3000, firstWordMs: 800, longestSilenceMs: 1200, longSilences: 0 },
  transcript: '',
  transcriptSource: 'typed',
  ...overrides,
});
const QUESTION = 'salary/range-question';
const now = () => new Date('2026-05-10T16:00:00.000Z');

describe('the recordings store', () => {
  it('keeps the last three takes per question, newest last', async () => {
    const { storage, data } = mapStorage();
    const store = openTakesStore(takesRecord, storage, now);
    const takes = [take(), take(), take(), take()];
    for (const t of takes) await store.add(QUESTION, t);
    const { value, status } = await store.load(QUESTION);
    expect(status).toBe('saved');
    expect(value.takes.map((t) => t.id)).toEqual(takes.slice(1).map((t) => t.id));
    expect(value.takes).toHaveLength(MAX_TAKES);
    expect(data.get(QUESTION)).toEqual(value);
  });

  it('deletes one take, all for a question, or all', async () => {
    const { storage, data } = mapStorage();
    const store = openTakesStore(takesRecord, storage, now);
    const [a, b] = [take(), take()];
    await store.add(QUESTION, a);
    await store.add(QUESTION, b);
    await store.add('salary/other', take());
    expect((await store.remove(QUESTION, a.id)).value.takes.map((t) => t.id)).toEqual([b.id]);
    await store.clearQuestion(QUESTION);
    expect(data.has(QUESTION)).toBe(false);
    expect((await store.loadAll()).size).toBe(1);
    await store.clearAll();
    expect(data.size).toBe(0);
  });

  it('saves a typed transcript on its take', async () => {
    const { storage } = mapStorage();
    const store = openTakesStore(takesRecord, storage, now);
    const t = take();
    await store.add(QUESTION, t);
    await store.setTranscript(QUESTION, t.id, 'Um, I want 90.', 'typed');
    expect((await store.load(QUESTION)).value.takes[0]!.transcript).toBe('Um, I want 90.');
  });

  it('backs up a record it cannot read, starts fresh, and leaves a newer version alone', async () => {
    const { storage, data } = mapStorage();
    data.set(QUESTION, { version: 1, takes: [{ id: 5 }] });
    data.set('salary/newer', { version: 2, takes: [] });
    const store = openTakesStore(takesRecord, storage, now);
    const read = await store.load(QUESTION);
    expect(read).toMatchObject({ value: { version: 1, takes: [] }, problem: 'invalid', status: 'saved' });
    expect(data.get(`${TAKES_BACKUP_PREFIX}${QUESTION}:2026-05-10T16:00:00.000Z`)).toEqual({ version: 1, takes: [{ id: 5 }] });
    expect(data.has(QUESTION)).toBe(false);
    // Backups never show up as a question's takes.
    expect([...(await store.loadAll()).keys()]).toEqual([]);
    expect(await store.load('salary/newer')).toMatchObject({ status: 'newer-version', problem: 'newer-version' });
    expect(data.get('salary/newer')).toEqual({ version: 2, takes: [] });
  });

  it('says the disk is full and keeps the take in memory for this visit', async () => {
    const { storage, fail } = mapStorage();
    const store = openTakesStore(takesRecord, storage, now);
    fail(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    const t = take();
    const result = await store.add(QUESTION, t);
    expect(result.status).toBe('full');
    expect(result.value.takes.map((x) => x.id)).toEqual([t.id]);
  });

  it('works in memory where there is no IndexedDB, and says so', async () => {
    const store = openTakesStore(takesRecord, null, now);
    const t = take();
    expect((await store.add(QUESTION, t)).status).toBe('unavailable');
    expect((await store.load(QUESTION)).value.takes.map((x) => x.id)).toEqual([t.id]);
    expect([...(await store.loadAll()).keys()]).toEqual([QUESTION]);
  });

  it('checks stored takes: figures must be finite, audio must be a Blob', () => {
    expect(takesCheck.safeParse({ version: 1, takes: [take()] }).success).toBe(true);
    expect(takesCheck.safeParse({ version: 1, takes: [take({ audio: 'x' as unknown as Blob })] }).success).toBe(false);
    expect(takesCheck.safeParse({ version: 1, takes: [take({ delivery: { ...take().delivery, talkMs: Infinity } })] }).success).toBe(false);
    expect(takesCheck.safeParse({ version: 1, takes: [take(), take(), take(), take()] }).success).toBe(false);
  });

  it('names downloads after the question, the time and the recorded type', () => {
    expect(takeFileName(QUESTION, { createdAt: '2026-05-10T15:30:00.000Z', mimeType: 'audio/webm;codecs=opus' })).toBe(
      'practice-range-question-2026-05-10-1530.webm',
    );
    expect(extensionFor('audio/mp4')).toBe('m4a');
    expect(extensionFor('audio/ogg;codecs=opus')).toBe('ogg');
    expect(extensionFor('')).toBe('audio');
  });
});
