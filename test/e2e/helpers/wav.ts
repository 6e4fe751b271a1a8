/** A tiny WAV writer for the fake microphone: tone bursts with silences of known length. */

/** One stretch of the file: a tone or silence, `seconds` long. */
export type WavPart = { tone: boolean; seconds: number };

/** 16-bit mono PCM WAV bytes of 440 Hz bursts (at half scale) and digital silence. */
export function toneBurstWav(parts: readonly WavPart[], sampleRate = 48_000): Buffer {
  const counts = parts.map((p) => Math.round(p.seconds * sampleRate));
  const samples = counts.reduce((a, b) => a + b, 0);
  const data = Buffer.alloc(samples * 2);
  let i = 0;
  parts.forEach((part, k) => {
    for (let n = 0; n < counts[k]!; n += 1, i += 1)
      data.writeInt16LE(part.tone ? Math.round(0.5 * 32767 * Math.sin((2 * Math.PI * 440 * i) / sampleRate)) : 0, i * 2);
  });
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28); // bytes per second
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
