/** Safe, versioned browser storage shared by every island. */
export * from './key-value-storage.ts';
export * from './versioned-store.ts';
export * from './notice.ts';
export * from './shared-record.ts';
export * from './define-record.ts';
