/**
 * The story bank's record check without zod, for the browser: zod alone is larger than an island's JS
 * budget. A unit test keeps it in step with StoriesRecordSchema (src/schemas/story-bank.ts), the contract.
 */
import { PURPOSE_IDS, ROLE_IDS } from '../purposes.ts';
import { defineRecord } from '../storage/define-record.ts';
import type { RecordCheck } from '../storage/versioned-store.ts';
import {
  MAX_PINS,
  MAX_SKILLS,
  MAX_STORIES,
  STORIES_RECORD_VERSION,
  STORIES_STORAGE_KEY,
  STORY_LIMITS,
  emptyStoriesRecord,
  type Story,
  type StoriesRecord,
} from './model.ts';

const RECORD_KEYS: readonly string[] = ['version', 'name', 'stories', 'pinned'];
const STORY_KEYS: readonly string[] = ['id', 'title', 'situation', 'action', 'result', 'learned', 'purposes', 'roles', 'skills', 'updatedAt'];
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** True for a plain object (not an array, not null). */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own keys only, checked against an allow list: `__proto__` and friends are refused, never followed. */
const onlyKeys = (value: Record<string, unknown>, allowed: readonly string[]) => Object.keys(value).every((key) => allowed.includes(key));

const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;

const isList = (value: unknown, max: number, item: (entry: unknown) => boolean) => Array.isArray(value) && value.length <= max && value.every(item);

const isDistinct = (list: readonly unknown[]) => new Set(list).size === list.length;

/** Checks one stored story exactly as StorySchema does. */
export function isStory(value: unknown): value is Story {
  if (!isObject(value) || !onlyKeys(value, STORY_KEYS)) return false;
  const { id, title, situation, action, result, learned, purposes, roles, skills, updatedAt } = value;
  return (
    typeof id === 'string' &&
    /^[a-z0-9-]{1,40}$/.test(id) &&
    isText(title, STORY_LIMITS.title) &&
    [situation, action, result, learned].every((text) => isText(text, STORY_LIMITS.text)) &&
    isList(purposes, PURPOSE_IDS.length, (entry) => (PURPOSE_IDS as readonly unknown[]).includes(entry)) &&
    isDistinct(purposes as unknown[]) &&
    isList(roles, ROLE_IDS.length, (entry) => (ROLE_IDS as readonly unknown[]).includes(entry)) &&
    isDistinct(roles as unknown[]) &&
    isList(skills, MAX_SKILLS, (entry) => typeof entry === 'string' && entry.length >= 1 && entry.length <= STORY_LIMITS.skill) &&
    typeof updatedAt === 'string' &&
    ISO_INSTANT.test(updatedAt)
  );
}

/** Validates a stored story bank exactly as StoriesRecordSchema does. */
export const storiesRecordCheck: RecordCheck<StoriesRecord> = {
  safeParse(input) {
    if (!isObject(input) || input.version !== STORIES_RECORD_VERSION || !onlyKeys(input, RECORD_KEYS)) return { success: false };
    const { name, stories, pinned } = input;
    if (!isText(name, STORY_LIMITS.name)) return { success: false };
    if (!isList(stories, MAX_STORIES, isStory)) return { success: false };
    const ids = (stories as Story[]).map((story) => story.id);
    if (!isDistinct(ids)) return { success: false };
    if (!isList(pinned, MAX_PINS, (pin) => typeof pin === 'string' && ids.includes(pin)) || !isDistinct(pinned as unknown[])) return { success: false };
    return { success: true, data: input as unknown as StoriesRecord };
  },
};

/** The story bank's stored record: the story bank writes it; question pages, the drill, the prep sheet and the message kit read it. */
export const storiesRecord = defineRecord<StoriesRecord>({
  key: STORIES_STORAGE_KEY,
  version: STORIES_RECORD_VERSION,
  check: storiesRecordCheck,
  empty: emptyStoriesRecord,
  what: 'your stories',
  // Version 1 is the first format; a v2 adds its step here as `1: (v1) => v2`.
  migrations: {},
});
