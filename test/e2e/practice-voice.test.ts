/**
 * Recording answers in the practice drill, in real Chromium with a fake microphone that plays a WAV this
 * test writes: tone bursts with silences of known length. The site is served with dist/_headers applied
 * (the e2e server does that), so recording is proven under the CSP and Permissions-Policy a host sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { fakeMicrophone } from './helpers/browser.ts';
import { useBrowser } from './helpers/fixture.ts';
import { eventually, heading, openDrill, order } from './helpers/practice.ts';
import { toneBurstWav, type WavPart } from './helpers/wav.ts';
import { runAxe } from './helpers/axe.ts';

/**
 * What the fake microphone plays, and so what the figures must find: first word at 1.0 s; talk
 * 1.0 + 1.0 + 1.2 = 3.2 s; a 0.6 s pause (not long) and a 2.6 s silence (the longest, and the one over 2 s).
 */
const PARTS: WavPart[] = [
  { tone: false, seconds: 1.0 },
  { tone: true, seconds: 1.0 },
  { tone: false, seconds: 0.6 },
  { tone: true, seconds: 1.0 },
  { tone: false, seconds: 2.6 },
  { tone: true, seconds: 1.2 },
  { tone: false, seconds: 3.0 },
];
const BUILT_WITH = { firstWordS: 1.0, talkS: 3.2, longestSilenceS: 2.6, longSilences: 1 };
/** How long each take records: past the last burst, before the file ends. */
const RECORD_MS = 7_600;
/** The fake device starts a moment before the recorder does, and readings come every 50 ms. */
const TOLERANCE_S = 0.35;

const dir = mkdtempSync(path.join(tmpdir(), 'psg-voice-'));
const wav = path.join(dir, 'bursts.wav');
writeFileSync(wav, toneBurstWav(PARTS));

const browser = useBrowser(fakeMicrophone(wav));

const figure = async (page: Page, name: string) => Number.parseFloat((await page.locator(`[data-figure="${name}"]`).first().textContent())!);

/** The takes stored for a question, read straight from IndexedDB (the audio as its size and type). */
function storedTakes(page: Page, questionId: string) {
  return page.evaluate(
    (id) =>
      new Promise<{ mimeType: string; durationMs: number; size: number; type: string; delivery: Record<string, number | null>; transcript: string }[]>(
        (resolve, reject) => {
          const open = indexedDB.open('psg:recordings:v1');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('takes').objectStore('takes').get(id);
            get.onsuccess = () => {
              const takes = (get.result?.takes ?? []) as {
                mimeType: string;
                durationMs: number;
                audio: Blob;
                delivery: Record<string, number | null>;
                transcript: string;
              }[];
              resolve(
                takes.map((t) => ({
                  mimeType: t.mimeType,
                  durationMs: t.durationMs,
                  size: t.audio.size,
                  type: t.audio.type,
                  delivery: t.delivery,
                  transcript: t.transcript,
                })),
              );
              open.result.close();
            };
          };
        },
      ),
    questionId,
  );
}

/** Starts the fixture drill and waits for the first question. */
async function startDrill(page: Page) {
  await page.getByLabel('How many').selectOption('3');
  await page.getByRole('button', { name: /^Start/ }).click();
  await eventually(() => heading(page).textContent()).toBe(`“${order[0]!.prompt}”`);
}

/** Records one take of `ms`, stopping with Space. */
async function recordTake(page: Page, ms: number) {
  await page.getByRole('button', { name: 'Record my answer' }).click();
  await page.getByRole('button', { name: 'Stop recording' }).waitFor();
  await page.waitForTimeout(ms);
  await page.keyboard.press(' ');
}

describe('recording an answer with a fake microphone, under the real host headers', () => {
  let context: BrowserContext;
  let foreignRequests: string[];
  beforeAll(async () => {
    ({ context, foreignRequests } = await browser.context());
  });
  afterAll(async () => context?.close());

  it('is served with microphone=(self) and blob: media on the practice page only', async () => {
    const page = await context.newPage();
    const practice = (await page.goto('/practice/'))!.headers();
    expect(practice['permissions-policy']).toContain('microphone=(self)');
    expect(practice['content-security-policy']).toContain("media-src 'self' blob:");
    // Any other page keeps the microphone off, and the browser enforces it.
    const prep = (await page.goto('/prep/'))!.headers();
    expect(prep['permissions-policy']).toContain('microphone=()');
    const refused = await page.evaluate(() =>
      navigator.mediaDevices.getUserMedia({ audio: true }).then(
        () => 'granted',
        (e: Error) => e.name,
      ),
    );
    expect(refused).toBe('NotAllowedError');
    await page.close();
  });

  it('records, plays back, measures the silences, keeps the take across a reload, and deletes it', async () => {
    const { page, problems } = await openDrill(context, { clock: false });
    await startDrill(page);
    const question = order[0]!;
    // Before the first recording: one sentence that audio stays on this device.
    expect(await page.locator('.drill-record > .hint').first().textContent()).toMatch(/^Recordings stay on this device/);
    // The recorder code is not on the page until the first "Record".
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /voice-kit/.test(e.name)))).toBe(false);

    await recordTake(page, RECORD_MS);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /voice-kit/.test(e.name)))).toBe(true);
    // Recording started the timer and stopping stopped it.
    await eventually(() => page.getByRole('button', { name: 'Timer stopped' }).count()).toBe(1);
    await page.locator('.drill-take').first().waitFor();

    // The take appears at once: its length against the target, and a native player.
    const title = await page.locator('.drill-take-title').first().textContent();
    expect(title).toMatch(new RegExp(`^Take 1: 0:0[78] long \\(target 0:${question.targetSeconds}\\)$`));
    const [stored] = await storedTakes(page, question.id);
    expect(stored!.mimeType).toBe('audio/webm;codecs=opus');
    expect(stored!.type).toBe('audio/webm;codecs=opus');
    expect(stored!.size).toBeGreaterThan(1000);
    expect(stored!.durationMs).toBeGreaterThan(RECORD_MS - 300);
    expect(stored!.durationMs).toBeLessThan(RECORD_MS + 1500);

    // The clip decodes to about the length recorded, and plays.
    // (The CSP keeps fetch() off blob: URLs, so the test decodes the stored Blob itself.)
    const decodedSeconds = await page.evaluate(
      (id) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('psg:recordings:v1');
          open.onsuccess = () => {
            const get = open.result.transaction('takes').objectStore('takes').get(id);
            get.onsuccess = async () => {
              open.result.close();
              const context = new AudioContext();
              const decoded = await context.decodeAudioData(await (get.result.takes[0].audio as Blob).arrayBuffer());
              await context.close();
              resolve(decoded.duration);
            };
            get.onerror = () => reject(get.error);
          };
        }),
      question.id,
    );
    expect(decodedSeconds).toBeGreaterThan(RECORD_MS / 1000 - 0.5);
    expect(decodedSeconds).toBeLessThan(RECORD_MS / 1000 + 1.5);
    const played = await page
      .locator('.drill-take audio')
      .first()
      .evaluate(async (audio: HTMLAudioElement) => {
        audio.muted = true;
        await audio.play();
        await new Promise((resolve) => setTimeout(resolve, 600));
        audio.pause();
        return audio.currentTime;
      });
    expect(played).toBeGreaterThan(0.2);

    // The delivery figures match the file within tolerance.
    const measured = {
      firstWordS: await figure(page, 'first-word'),
      talkS: await figure(page, 'talk'),
      longestSilenceS: await figure(page, 'longest-silence'),
      longSilences: await figure(page, 'long-silences'),
    };
    console.info(`WAV built with ${JSON.stringify(BUILT_WITH)}; measured ${JSON.stringify(measured)}`);
    expect(Math.abs(measured.firstWordS - BUILT_WITH.firstWordS)).toBeLessThanOrEqual(TOLERANCE_S);
    expect(Math.abs(measured.talkS - BUILT_WITH.talkS)).toBeLessThanOrEqual(TOLERANCE_S);
    expect(Math.abs(measured.longestSilenceS - BUILT_WITH.longestSilenceS)).toBeLessThanOrEqual(TOLERANCE_S);
    expect(measured.longSilences).toBe(BUILT_WITH.longSilences);

    // Which recognizer is in use is said plainly; Chromium here has no on-device English, so it asks for typing.
    const onDevice = await page.evaluate(async () => {
      const SR = (window as unknown as { SpeechRecognition?: { available?: (o: object) => Promise<string> } }).SpeechRecognition;
      return SR?.available ? SR.available({ langs: ['en-US'], processLocally: true }).catch(() => 'error') : 'none';
    });
    const recognizer = await page.locator('.drill-recognizer').textContent();
    if (onDevice === 'available') expect(recognizer).toMatch(/runs on this device/);
    else expect(recognizer).toMatch(/type or paste what you said/);

    // A typed transcript gives pace over talk time and the fillers.
    const transcript = "Um, so basically I'm looking at ninety to ninety-five thousand, like, from what I've seen. You know, I mean, it's flexible.";
    // Words: Um so basically I'm looking at ninety to ninety five thousand like from what I've seen You know I mean it's flexible = 22.
    // Fillers: um 1, basically 1, like 1, you know 1, I mean 1 = 5.
    const box = page.getByLabel('What you said in take 1');
    await box.fill(transcript);
    await box.blur();
    const talkMs = stored!.delivery.talkMs as number;
    await eventually(() => page.locator('[data-figure="wpm"]').textContent()).toBe(`${Math.round(22 / (talkMs / 60_000))} words a minute`);
    expect(await page.locator('[data-figure="fillers"]').textContent()).toBe('at least 5');
    expect(await page.locator('.drill-word-figures').textContent()).toContain('(“um” 1, “like” 1, “you know” 1, “basically” 1, “I mean” 1)');
    expect(await page.locator('[data-figure="coverage"]').textContent()).toBe('0 of 3');
    await eventually(async () => (await storedTakes(page, question.id))[0]?.transcript).toBe(transcript);

    // Download as an audio file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download take 1' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^practice-${question.id.split('/')[1]}-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.webm$`));
    expect(readFileSync((await download.path())!).length).toBe(stored!.size);
    expect(await runAxe(page)).toEqual([]);

    // The take survives a reload, figures and transcript included.
    await page.reload();
    await page.locator('.drill-saved > p', { hasText: /Nothing saved yet|saved in this browser/ }).waitFor();
    await startDrill(page);
    await page.locator('.drill-take').first().waitFor();
    expect(await figure(page, 'longest-silence')).toBe(measured.longestSilenceS);
    expect(await page.getByLabel('What you said in take 1').inputValue()).toBe(transcript);

    // The summary puts the takes side by side and names one thing to work on.
    for (const name of ['Next question', 'Next question', 'Finish and see my summary']) await page.getByRole('button', { name }).click();
    await page.locator('.drill-recordings').waitFor();
    const rows = await page.locator('.drill-recordings tbody tr').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(question.prompt);
    expect(rows[0]).toContain(`${Math.round(22 / (talkMs / 60_000))} wpm`);
    // 7.6 s or so of a 30 to 45 s target is under 40%.
    const share = Math.round((stored!.durationMs / 1000 / question.targetSeconds) * 100);
    expect(await page.locator('.drill-one-thing').textContent()).toBe(
      `The one thing to work on next: Your answers were short (${share}% of the target time); add one concrete example with a result.`,
    );

    // The practice export carries the take's figures and transcript, never the audio.
    await page.getByRole('button', { name: 'Set up a new drill' }).click();
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as JSON' }).click()]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(exported.recordings[question.id]).toHaveLength(1);
    expect(exported.recordings[question.id][0]).toMatchObject({
      mimeType: 'audio/webm;codecs=opus',
      delivery: stored!.delivery,
      transcript,
      words: { words: 22, fillerTotal: 5 },
    });
    expect(exported.recordings[question.id][0]).not.toHaveProperty('audio');

    // Delete removes it from the page and from IndexedDB.
    await startDrill(page);
    await page.getByRole('button', { name: 'Delete take 1' }).click();
    await eventually(() => page.locator('.drill-take').count()).toBe(0);
    expect(await storedTakes(page, question.id)).toEqual([]);

    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
    // Real seconds of recording, a reload and an axe pass: slow on a shared machine.
  }, 180_000);

  it('keeps the last three takes, and "delete all" empties the question', async () => {
    const { page } = await openDrill(context, { clock: false });
    await startDrill(page);
    for (let i = 0; i < 4; i += 1) {
      await recordTake(page, 600);
      await eventually(() => page.locator('.drill-take').count()).toBe(Math.min(i + 1, 3));
    }
    expect(await storedTakes(page, order[0]!.id)).toHaveLength(3);
    await page.getByRole('button', { name: 'Delete all takes for this question' }).click();
    await eventually(() => page.locator('.drill-take').count()).toBe(0);
    expect(await storedTakes(page, order[0]!.id)).toEqual([]);

    // "Delete all recordings" on the setup screen empties every question.
    await page.getByRole('button', { name: 'Next question' }).click();
    await recordTake(page, 600);
    await page.locator('.drill-take').waitFor();
    expect(await storedTakes(page, order[1]!.id)).toHaveLength(1);
    await page.getByRole('button', { name: 'Stop the drill' }).click();
    await page.getByRole('button', { name: 'Delete all recordings…' }).click();
    await page.getByRole('button', { name: 'Yes, delete all recordings' }).click();
    await eventually(() => page.locator('.drill-saved [role="status"]').textContent()).toBe('All recordings were deleted from this browser.');
    expect(await storedTakes(page, order[1]!.id)).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('when recording is not possible', () => {
  describe('with the microphone refused', () => {
    // A second browser whose fake microphone prompt is answered "no".
    const refusing = useBrowser(fakeMicrophone(wav, { grant: false }));

    it('says the microphone was refused, and the drill still runs', async () => {
      const { context } = await refusing.context();
      const { page, problems } = await openDrill(context, { clock: false });
      await startDrill(page);
      await page.getByRole('button', { name: 'Record my answer' }).click();
      await eventually(() => page.locator('.drill-record-problem').textContent()).toMatch(
        /^Microphone access is blocked for this site.*keep practicing without recording/,
      );
      await page.getByRole('button', { name: 'Start timer' }).click();
      await eventually(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
      await page.getByRole('button', { name: 'Check my answer' }).click();
      await page.getByLabel('Okay', { exact: true }).check();
      expect(problems.pageErrors).toEqual([]);
    });
  });

  it('says so where the browser has no MediaRecorder', async () => {
    const { context } = await browser.context();
    await context.addInitScript(() => {
      delete (window as unknown as { MediaRecorder?: unknown }).MediaRecorder;
    });
    const { page, problems } = await openDrill(context, { clock: false });
    await startDrill(page);
    // Once the panel has said why (its check has run), there is no record button to press.
    await eventually(() => page.locator('.drill-record .notice').textContent()).toMatch(/^This browser can’t record audio here/);
    await eventually(() => page.getByRole('button', { name: 'Record my answer' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Start timer' }).click();
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('without IndexedDB, records and plays in memory and says takes are not kept', async () => {
    const { context } = await browser.context();
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    const { page, problems } = await openDrill(context, { clock: false });
    await startDrill(page);
    await recordTake(page, 800);
    await page.locator('.drill-take audio').waitFor();
    expect(await page.locator('.drill-takes-notice').textContent()).toMatch(/isn’t letting this site keep recordings/);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('with a full disk, keeps the take for now and says plainly that space is low', async () => {
    const { context } = await browser.context();
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      Object.defineProperty(navigator.storage, 'estimate', { value: async () => ({ usage: 99_900_000, quota: 100_000_000 }) });
    });
    const { page, problems } = await openDrill(context, { clock: false });
    await startDrill(page);
    await recordTake(page, 800);
    await page.locator('.drill-take audio').waitFor();
    expect(await page.locator('.drill-takes-notice').textContent()).toMatch(/storage for this site is full, so your latest take couldn’t be kept/);
    await eventually(() => page.locator('.drill-space').textContent()).toBe(
      'Space for recordings is running low on this device (less than 1 MB left). Download the takes you want to keep and delete the rest.',
    );
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
