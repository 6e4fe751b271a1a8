/** Synthetic audio for the tests: tone bursts separated by silences of known length. */

/** One stretch of the signal: a tone (at `amplitude`) or silence, `ms` long. */
export type Part = { tone: boolean; ms: number };

/** Samples of a 440 Hz tone where `tone` is true and zeros elsewhere, plus a little noise if asked. */
export function toneBursts(parts: readonly Part[], sampleRate = 16_000, amplitude = 0.5, noise = 0): Float32Array {
  const total = parts.reduce((sum, p) => sum + Math.round((p.ms * sampleRate) / 1000), 0);
  const samples = new Float32Array(total);
  let i = 0;
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  for (const part of parts) {
    const n = Math.round((part.ms * sampleRate) / 1000);
    for (let k = 0; k < n; k += 1, i += 1) samples[i] = (part.tone ? amplitude * Math.sin((2 * Math.PI * 440 * i) / sampleRate) : 0) + noise * random();
  }
  return samples;
}
