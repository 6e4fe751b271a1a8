/** The page's one recordings store, opened on first use (its code and idb-keyval load then, not at page open). */
import type { TakesStore } from '../../lib/voice/recordings-store.ts';

let opening: Promise<TakesStore> | null = null;

/** The recordings store over IndexedDB (or memory, where IndexedDB is missing). */
export function takesStore(): Promise<TakesStore> {
  opening ??= Promise.all([import('../../lib/voice/recordings-store.ts'), import('../../lib/voice/idb-backend.ts'), import('../../lib/voice/takes.ts')]).then(
    ([store, idb, takes]) => store.openTakesStore(takes.takesRecord, idb.idbStorage(takes.takesRecord.key)),
  );
  opening.catch(() => (opening = null));
  return opening;
}

/** The recorder and analysis chunk, loaded once. */
export const loadVoiceKit = () => import('./voice-kit.ts');

/** The recorder and analysis module. */
export type VoiceKit = Awaited<ReturnType<typeof loadVoiceKit>>;
