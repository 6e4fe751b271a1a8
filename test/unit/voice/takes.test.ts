import { describe, expect, it } from 'vitest';
import { MAX_TAKES, addTake, emptyTakes, removeTake, withTranscript, type Take } from '../../../src/lib/voice/takes.ts';
import { speechSegments } from '../../../src/lib/voice/silence.ts';
import { idbStorage } from '../../../src/lib/voice/idb-backend.ts';

/** A take with made-up figures; only its id matters to the record functions. */
const take = (id: string): Take => ({
  id,
  createdAt: '2026-11-29T10:00:00.000Z',
  mimeType: 'audio/webm;codecs=opus',
  durationMs: 5000,
  targetSeconds: 45,
  audio: new Blob(['x'], { type: 'audio/webm' }),
  delivery: { durationMs: 5000, talkMs: 4000, firstWordMs: 500, longestSilenceMs: 600, longSilences: 0 },
  transcript: '',
  transcriptSource: 'typed',
});

describe('emptyTakes, addTake, removeTake, withTranscript', () => {
  it('keeps the newest three takes per question and says which fell out', () => {
    let record = emptyTakes();
    expect(record.takes).toEqual([]);
    const dropped: string[] = [];
    for (const id of ['a', 'b', 'c', 'd']) {
      const next = addTake(record, take(id));
      record = next.record;
      dropped.push(...next.dropped.map((t) => t.id));
    }
    expect(MAX_TAKES).toBe(3);
    expect(record.takes.map((t) => t.id)).toEqual(['b', 'c', 'd']);
    expect(dropped).toEqual(['a']);
  });

  it('removes one take and changes one transcript, leaving the others alone', () => {
    const record = [take('a'), take('b')].reduce((r, t) => addTake(r, t).record, emptyTakes());
    expect(removeTake(record, 'a').takes.map((t) => t.id)).toEqual(['b']);
    const typed = withTranscript(record, 'b', 'um I fixed it', 'typed');
    expect(typed.takes[1]).toMatchObject({ transcript: 'um I fixed it', transcriptSource: 'typed' });
    expect(typed.takes[0]!.transcript).toBe('');
    // A pasted novel is cut to 50,000 characters, so one take can't fill the disk.
    expect(withTranscript(record, 'a', 'x'.repeat(60_000), 'typed').takes[0]!.transcript).toHaveLength(50_000);
  });
});

describe('speechSegments', () => {
  it('finds the loud stretch between two quiet ones, in milliseconds', () => {
    // Readings every 25 ms: quiet for 1 s, loud for 1 s, quiet for 1 s.
    const frames = Array.from({ length: 120 }, (_, i) => ({ atMs: i * 25, level: i >= 40 && i < 80 ? 0.5 : 0.001 }));
    const segments = speechSegments(frames, 3000);
    expect(segments).toHaveLength(1);
    const [start, end] = segments[0]!;
    expect(start).toBeGreaterThanOrEqual(975);
    expect(start).toBeLessThanOrEqual(1025);
    expect(end).toBeGreaterThanOrEqual(1975);
    expect(end).toBeLessThanOrEqual(2025);
  });

  it('finds nothing in silence or in no readings at all', () => {
    expect(speechSegments([], 0)).toEqual([]);
    expect(
      speechSegments(
        Array.from({ length: 40 }, (_, i) => ({ atMs: i * 25, level: 0 })),
        1000,
      ),
    ).toEqual([]);
  });
});

describe('idbStorage', () => {
  it('is null where there is no IndexedDB (here, Node), so the drill works without recordings', () => {
    expect(idbStorage('psg-test')).toBeNull();
  });
});
