/** The drill summary's recordings part: each question's takes side by side, and the one thing to work on. */
import { useEffect, useState } from 'preact/hooks';
import { clockText } from '../../lib/practice/timer.ts';
import type { Take } from '../../lib/voice/takes.ts';
import { takesStore, loadVoiceKit, type VoiceKit } from './recordings.ts';

interface Props {
  /** The drill's questions, in drill order. */
  questions: { id: string; prompt: string; strongPoints: string[] }[];
}

const seconds = (ms: number) => `${(Math.max(0, ms) / 1000).toFixed(1)} s`;

/** Loads the drill's takes and shows them; nothing at all when no take was recorded. */
export default function RecordingsSummary({ questions }: Props) {
  const [data, setData] = useState<{ kit: VoiceKit; takes: Map<string, Take[]> } | null>(null);

  useEffect(() => {
    let cancelled = false;
    takesStore()
      .then((store) => store.loadAll())
      .then(async (all) => {
        const takes = new Map(questions.map((q) => [q.id, all.get(q.id)?.takes ?? []]));
        // The analysis code is only worth loading when there is a take to look at.
        if (![...takes.values()].some((t) => t.length > 0)) return;
        const kit = await loadVoiceKit();
        if (!cancelled) setData({ kit, takes });
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the summary reads the takes once, when the drill ends; the questions do not change after that
  }, []);

  if (!data) return null;
  const { kit, takes } = data;
  const figures = (q: Props['questions'][number], take: Take) => {
    const words = take.transcript.trim() ? kit.transcriptFigures(take.transcript, take.delivery.talkMs) : null;
    const coverage = take.transcript.trim() ? kit.keyPointCoverage(q.strongPoints, take.transcript) : null;
    return { words, coverage: coverage ? { covered: coverage.filter((c) => c.covered).length, total: coverage.length } : null };
  };
  // The coach reads each question's latest take: the one that shows where the reader is now.
  const latest = questions.flatMap((q) => {
    const take = takes.get(q.id)?.at(-1);
    return take ? [{ targetSeconds: take.targetSeconds, delivery: { ...take.delivery, durationMs: take.durationMs }, ...figures(q, take) }] : [];
  });

  return (
    <div class="drill-recordings">
      <h3>Your recordings</h3>
      <div class="drill-table">
        <table>
          <thead>
            <tr>
              <th scope="col">Question and take</th>
              <th scope="col">Length</th>
              <th scope="col">Pace</th>
              <th scope="col">Silences over 2 s</th>
              <th scope="col">Longest silence</th>
              <th scope="col">Filler words</th>
            </tr>
          </thead>
          <tbody>
            {questions.flatMap((q) =>
              (takes.get(q.id) ?? []).map((take, i) => {
                const { words } = figures(q, take);
                return (
                  <tr>
                    <th scope="row">
                      {q.prompt} <span class="meta">take {i + 1}</span>
                    </th>
                    <td>
                      {clockText(take.durationMs / 1000)} <span class="meta">of {clockText(take.targetSeconds)}</span>
                    </td>
                    <td>{words?.wpm != null ? `${words.wpm} wpm` : '—'}</td>
                    <td>{take.delivery.longSilences}</td>
                    <td>{seconds(take.delivery.longestSilenceMs)}</td>
                    <td>{words ? `at least ${words.fillerTotal}` : '—'}</td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </div>
      <p class="hint">Pace and filler words need a transcript: type or paste what you said under each take.</p>
      <p class="drill-one-thing">
        <strong>The one thing to work on next:</strong> {kit.oneThingToWorkOn(latest)}
      </p>
    </div>
  );
}
