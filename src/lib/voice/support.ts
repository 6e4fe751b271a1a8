/** What the recorder needs to decide before and around recording, as plain functions with plain words. */

/** Recording formats in order of preference: Opus in WebM (Chrome, Firefox, Edge), then MP4/AAC (Safari), then Ogg. */
export const PREFERRED_TYPES = [
  'audio/webm;codecs=opus',
  'audio/webm',
  'audio/mp4;codecs=mp4a.40.2',
  'audio/mp4',
  'audio/ogg;codecs=opus',
  'audio/ogg',
] as const;

/** The first preferred type the browser says it can record, or '' to let the browser choose. */
export function chooseMimeType(isTypeSupported: ((type: string) => boolean) | undefined): string {
  if (typeof isTypeSupported !== 'function') return '';
  for (const type of PREFERRED_TYPES) {
    try {
      if (isTypeSupported(type)) return type;
    } catch {
      // A browser that throws on a type can't record it.
    }
  }
  return '';
}

/** Why recording could not start or finish, in the reader's terms. */
export type RecorderProblem = 'unsupported' | 'denied' | 'no-microphone' | 'busy' | 'blocked-by-page' | 'failed';

/** Maps a getUserMedia or MediaRecorder error to a problem. */
export function recorderProblem(error: unknown): RecorderProblem {
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name) : '';
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError') return 'no-microphone';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'busy';
  if (name === 'SecurityError') return 'blocked-by-page';
  if (name === 'NotSupportedError' || name === 'TypeError') return 'unsupported';
  return 'failed';
}

const CARRY_ON = 'You can keep practicing without recording: the timer, notes and checklist all still work.';

/** The sentence shown for each problem. Each says what happened, what to do, and that the drill still works. */
export const RECORDER_MESSAGES: Record<RecorderProblem, string> = {
  unsupported: `This browser can’t record audio here. ${CARRY_ON}`,
  denied: `Microphone access is blocked for this site, so nothing was recorded. To record, allow the microphone in your browser’s site settings, then press “Record my answer” again. ${CARRY_ON}`,
  'no-microphone': `No microphone was found. Plug one in or turn it on, then press “Record my answer” again. ${CARRY_ON}`,
  busy: `Your microphone couldn’t start; another app may be using it. Close that app, then try again. ${CARRY_ON}`,
  'blocked-by-page': `This page isn’t allowed to use the microphone where it’s hosted. ${CARRY_ON}`,
  failed: `Recording stopped unexpectedly and nothing was kept. Try again. ${CARRY_ON}`,
};

/** Below this much free space we warn: a few minutes of speech take about a megabyte. */
export const LOW_SPACE_BYTES = 50 * 1024 * 1024;

/** A plain warning when the browser says this site's storage is nearly used up, or null while there's room. */
export function spaceWarning(estimate: { usage?: number; quota?: number } | null | undefined): string | null {
  const usage = Number(estimate?.usage);
  const quota = Number(estimate?.quota);
  if (!Number.isFinite(usage) || !Number.isFinite(quota) || quota <= 0) return null;
  const left = Math.max(0, quota - usage);
  if (left >= LOW_SPACE_BYTES && usage / quota < 0.9) return null;
  const mb = Math.floor(left / (1024 * 1024));
  return `Space for recordings is running low on this device (${mb < 1 ? 'less than 1 MB' : `about ${mb} MB`} left). Download the takes you want to keep and delete the rest.`;
}

/** What to say about keeping recordings, by the store's status; null when they are being kept. */
export function takesNotice(status: 'saved' | 'unavailable' | 'full' | 'newer-version'): string | null {
  switch (status) {
    case 'unavailable':
      return 'Your browser isn’t letting this site keep recordings (private browsing can do this). You can still record, play back and download takes until you leave this page.';
    case 'full':
      return 'This browser’s storage for this site is full, so your latest take couldn’t be kept. You can play and download it until you leave this page; delete older takes to make room.';
    case 'newer-version':
      return 'A newer version of this site saved your recordings. We left them untouched; reload the page to see them. New takes last until you leave this page.';
    case 'saved':
      return null;
  }
}
