import { describe, expect, it } from 'vitest';
import { chooseMimeType, recorderProblem, spaceWarning, takesNotice, RECORDER_MESSAGES, LOW_SPACE_BYTES } from '../../../src/lib/voice/support.ts';

describe('recorder support', () => {
  it('chooses the first type the browser can record, or lets the browser pick', () => {
    expect(chooseMimeType((t) => t === 'audio/webm;codecs=opus' || t === 'audio/mp4')).toBe('audio/webm;codecs=opus');
    expect(chooseMimeType((t) => t.startsWith('audio/mp4'))).toBe('audio/mp4;codecs=mp4a.40.2');
    expect(chooseMimeType(() => false)).toBe('');
    expect(chooseMimeType(undefined)).toBe('');
    expect(
      chooseMimeType(() => {
        throw new Error('no');
      }),
    ).toBe('');
  });

  it('maps each microphone error to a message that says the drill still works', () => {
    expect(recorderProblem({ name: 'NotAllowedError' })).toBe('denied');
    expect(recorderProblem({ name: 'NotFoundError' })).toBe('no-microphone');
    expect(recorderProblem({ name: 'NotReadableError' })).toBe('busy');
    expect(recorderProblem({ name: 'SecurityError' })).toBe('blocked-by-page');
    expect(recorderProblem(null)).toBe('failed');
    for (const message of Object.values(RECORDER_MESSAGES)) expect(message).toMatch(/keep practicing without recording/);
  });

  it('warns plainly when space runs low, and not before', () => {
    const gb = 1024 ** 3;
    expect(spaceWarning({ usage: 1e6, quota: gb })).toBeNull();
    expect(spaceWarning({ usage: gb - 10 * 1024 * 1024, quota: gb })).toBe(
      'Space for recordings is running low on this device (about 10 MB left). Download the takes you want to keep and delete the rest.',
    );
    expect(spaceWarning({ usage: 100, quota: 100 })).toMatch(/less than 1 MB left/);
    expect(spaceWarning({ usage: 0, quota: LOW_SPACE_BYTES - 1 })).toMatch(/about 49 MB left/);
    expect(spaceWarning(undefined)).toBeNull();
    expect(spaceWarning({ usage: Number.NaN, quota: 5 })).toBeNull();
  });
});

describe('notices about keeping recordings', () => {
  it('says why takes are not kept, and nothing when they are', () => {
    expect(takesNotice('saved')).toBeNull();
    expect(takesNotice('unavailable')).toMatch(/isn’t letting this site keep recordings/);
    expect(takesNotice('full')).toMatch(/storage for this site is full/);
    expect(takesNotice('newer-version')).toMatch(/newer version/);
  });
});
