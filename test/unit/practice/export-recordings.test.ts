import { describe, expect, it } from 'vitest';
import { practiceToJson, practiceToMarkdown, recordingFigures } from '../../../src/lib/practice/export.ts';
import { emptyPracticeRecord } from '../../../src/lib/practice/stored-record.ts';
import { parsePracticeImport } from '../../../src/lib/practice/import.ts';
import type { Take } from '../../../src/lib/voice/takes.ts';

const take: Take = {
  id: 'abc',
  createdAt: '2026-05-10T15:30:00.000Z',
  mimeType: 'audio/webm;codecs=opus',
  durationMs: 52_000,
  targetSeconds: 45,
  audio: new Blob([new Uint8Array([1, 2, 3])]),
  delivery: { durationMs: 52_000, talkMs: 40_000, firstWordMs: 1200, longestSilenceMs: 2600, longSilences: 1 },
  // 10 words, 2 fillers (um, basically): 10 / (40000 / 60000) = 15 wpm.
  transcript: 'Um, I basically want ninety to ninety five thousand dollars.',
  transcriptSource: 'typed',
};
const now = new Date('2026-05-11T09:00:00.000Z');

describe('the practice export with recordings', () => {
  const figures = recordingFigures(new Map([['salary/range', { takes: [take] }]]));

  it('carries every figure and the transcript, never the audio', () => {
    expect(figures['salary/range']).toEqual([
      {
        createdAt: take.createdAt,
        mimeType: take.mimeType,
        durationMs: 52_000,
        targetSeconds: 45,
        delivery: take.delivery,
        transcript: take.transcript,
        transcriptSource: 'typed',
        words: { words: 10, wpm: 15, fillerTotal: 2 },
      },
    ]);
    const json = practiceToJson(emptyPracticeRecord(), figures);
    expect(JSON.parse(json).recordings['salary/range'][0]).not.toHaveProperty('audio');
  });

  it('lists takes in the Markdown, even for a question without notes', () => {
    const md = practiceToMarkdown(emptyPracticeRecord(), [{ id: 'salary/range', prompt: 'What range?', purpose: 'salary' }], now, figures);
    expect(md).toContain(
      '### What range?\n\n- Take 1, 2026-05-10: 52 seconds (target 45 seconds); first word after 1.2 s; longest silence 2.6 s; 1 silence over 2 s; 15 words a minute; at least 2 filler words',
    );
  });

  it('imports an export with recordings back, ignoring the figures', () => {
    const result = parsePracticeImport(practiceToJson(emptyPracticeRecord(), figures));
    expect(result).toEqual({ ok: true, record: emptyPracticeRecord() });
    // Without recordings the export is the record exactly, as before.
    expect(JSON.parse(practiceToJson(emptyPracticeRecord()))).toEqual(emptyPracticeRecord());
  });
});
