/**
 * The story bank: a few true stories the reader writes once and reuses across questions. Pure logic, no DOM
 * and no zod (the zod contract is src/schemas/story-bank.ts; record.ts holds the zod-free check).
 */
import { PURPOSE_IDS, ROLE_IDS, type PurposeId, type RoleId } from '../purposes.ts';

/** Where the story bank is kept. The key names the format family; `version` drives migrations. */
export const STORIES_STORAGE_KEY = 'psg:stories:v1';

/** The record version this code writes. */
export const STORIES_RECORD_VERSION = 1;

/** The most stories the bank keeps (coaches suggest eight to ten; room to spare, still one small record). */
export const MAX_STORIES = 50;

/** The most stories the prep sheet pins, so the sheet still prints on one page. */
export const MAX_PINS = 3;

/** The most free skill tags on one story. */
export const MAX_SKILLS = 12;

/** Longest text each field accepts (also the inputs' maxlength). */
export const STORY_LIMITS = {
  id: 40,
  title: 80,
  text: 1200,
  skill: 40,
  name: 80,
} as const;

/** One true story from the reader's work. */
export interface Story {
  /** A stable id, so pins and edits survive reordering. */
  id: string;
  /** A short title: "Printer fleet fix". */
  title: string;
  /** The situation: where, when, what was wrong. */
  situation: string;
  /** What you did yourself. */
  action: string;
  /** The result, with a number where there is one. */
  result: string;
  /** What you learned. */
  learned: string;
  /** The phone-screen purposes the story serves. */
  purposes: PurposeId[];
  /** The role tracks it fits (`any` for every track). */
  roles: RoleId[];
  /** Free skill tags: "troubleshooting", "difficult customer". */
  skills: string[];
  /** When it was last changed (ISO instant), for sorting. */
  updatedAt: string;
}

/** The stored story bank: the stories, the reader's name (for messages) and the prep sheet's pins. */
export interface StoriesRecord {
  version: typeof STORIES_RECORD_VERSION;
  /** The reader's name, used to sign messages. */
  name: string;
  stories: Story[];
  /** Ids of up to three stories pinned to the prep sheet. */
  pinned: string[];
}

/** A bank with nothing in it. */
export function emptyStoriesRecord(): StoriesRecord {
  return { version: STORIES_RECORD_VERSION, name: '', stories: [], pinned: [] };
}

/** A story with nothing filled in yet. */
export function blankStory(id: string, now: Date): Story {
  return { id, title: '', situation: '', action: '', result: '', learned: '', purposes: [], roles: [], skills: [], updatedAt: now.toISOString() };
}

/** A fresh id, unique enough for one person's bank. */
export function newStoryId(now: Date, random: () => number = Math.random): string {
  return `s${now.getTime().toString(36)}${Math.floor(random() * 36 ** 4).toString(36)}`;
}

/** Normalizes a free skill tag: trimmed, lower case, single spaces, within the limit. */
export function normalizeSkill(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').slice(0, STORY_LIMITS.skill);
}

/** Turns "troubleshooting, difficult customer" into distinct normalized tags. */
export function parseSkills(text: string): string[] {
  const tags: string[] = [];
  for (const part of text.split(',')) {
    const tag = normalizeSkill(part);
    if (tag !== '' && !tags.includes(tag)) tags.push(tag);
  }
  return tags.slice(0, MAX_SKILLS);
}

/** A story's display title: its own, or a placeholder that says it has none. */
export function storyTitle(story: Story): string {
  return story.title.trim() === '' ? 'Untitled story' : story.title.trim();
}

/** Adds or replaces a story (by id), stamping the time; the bank never exceeds MAX_STORIES. */
export function saveStory(record: StoriesRecord, story: Story, now: Date): StoriesRecord {
  const stamped = { ...story, updatedAt: now.toISOString() };
  const index = record.stories.findIndex((item) => item.id === story.id);
  if (index >= 0) return { ...record, stories: record.stories.map((item, i) => (i === index ? stamped : item)) };
  if (record.stories.length >= MAX_STORIES) return record;
  return { ...record, stories: [...record.stories, stamped] };
}

/** Removes a story and any pin of it. */
export function deleteStory(record: StoriesRecord, id: string): StoriesRecord {
  return { ...record, stories: record.stories.filter((story) => story.id !== id), pinned: record.pinned.filter((pin) => pin !== id) };
}

/** Pins or unpins a story for the prep sheet; a fourth pin is refused (returns the record unchanged). */
export function setPinned(record: StoriesRecord, id: string, pinned: boolean): StoriesRecord {
  const without = record.pinned.filter((pin) => pin !== id);
  if (!pinned) return { ...record, pinned: without };
  if (!record.stories.some((story) => story.id === id) || without.length >= MAX_PINS) return record;
  return { ...record, pinned: [...without, id] };
}

/** The pinned stories, in pin order, skipping pins of stories that no longer exist. */
export function pinnedStories(record: StoriesRecord): Story[] {
  return record.pinned.map((id) => record.stories.find((story) => story.id === id)).filter((story): story is Story => story !== undefined);
}

/** What a question is about, for matching: its purpose and the role tracks it applies to. */
export interface QuestionTags {
  purpose: PurposeId;
  roles: readonly RoleId[];
}

/** True when a story's role tags fit a question's roles (`any` on either side fits everything; no roles = any). */
function rolesFit(storyRoles: readonly RoleId[], questionRoles: readonly RoleId[]): boolean {
  if (storyRoles.length === 0 || questionRoles.length === 0) return true;
  if (storyRoles.includes('any') || questionRoles.includes('any')) return true;
  return storyRoles.some((role) => questionRoles.includes(role));
}

/** The stories that answer a question: same purpose and a fitting role, most recently changed first. */
export function storiesForQuestion(stories: readonly Story[], question: QuestionTags): Story[] {
  return sortStories(
    stories.filter((story) => story.purposes.includes(question.purpose) && rolesFit(story.roles, question.roles)),
    'recent',
  );
}

/** A tag to filter by: a purpose, a role track or a free skill. */
export type StoryTag = { kind: 'purpose'; id: PurposeId } | { kind: 'role'; id: RoleId } | { kind: 'skill'; id: string };

/** True when a story carries the tag. */
export function hasTag(story: Story, tag: StoryTag): boolean {
  if (tag.kind === 'purpose') return story.purposes.includes(tag.id);
  if (tag.kind === 'role') return story.roles.includes(tag.id);
  return story.skills.includes(tag.id);
}

/** The stories carrying a tag (all of them when the tag is null), order kept. */
export function filterStories(stories: readonly Story[], tag: StoryTag | null): Story[] {
  return tag === null ? [...stories] : stories.filter((story) => hasTag(story, tag));
}

/** Ways to sort the list. */
export type StorySort = 'recent' | 'title' | 'purpose';

/** A sorted copy: most recent first, by title (A–Z), or by the first purpose in the site's purpose order. */
export function sortStories(stories: readonly Story[], sort: StorySort): Story[] {
  const purposeRank = (story: Story) => Math.min(...story.purposes.map((id) => PURPOSE_IDS.indexOf(id)), PURPOSE_IDS.length);
  const byTitle = (a: Story, b: Story) => storyTitle(a).localeCompare(storyTitle(b), 'en-US', { sensitivity: 'base' });
  const byRecent = (a: Story, b: Story) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);
  const compare = sort === 'title' ? byTitle : sort === 'purpose' ? (a: Story, b: Story) => purposeRank(a) - purposeRank(b) || byTitle(a, b) : byRecent;
  return [...stories].sort(compare);
}

/** Every tag in use, for the filter: purposes and roles in site order, then skills A–Z. */
export function tagsInUse(stories: readonly Story[]): StoryTag[] {
  const purposes = PURPOSE_IDS.filter((id) => stories.some((story) => story.purposes.includes(id))).map((id): StoryTag => ({ kind: 'purpose', id }));
  const roles = ROLE_IDS.filter((id) => stories.some((story) => story.roles.includes(id))).map((id): StoryTag => ({ kind: 'role', id }));
  const skills = [...new Set(stories.flatMap((story) => story.skills))].sort().map((id): StoryTag => ({ kind: 'skill', id }));
  return [...purposes, ...roles, ...skills];
}

/** The gap view: the purposes no story covers yet, in site order. */
export function purposeGaps(stories: readonly Story[]): PurposeId[] {
  return PURPOSE_IDS.filter((id) => !stories.some((story) => story.purposes.includes(id)));
}

/** How many stories cover each purpose, in site order. */
export function purposeCoverage(stories: readonly Story[]): { purpose: PurposeId; count: number }[] {
  return PURPOSE_IDS.map((purpose) => ({ purpose, count: stories.filter((story) => story.purposes.includes(purpose)).length }));
}

/** Words that suggest a result has something measurable in it. */
const MEASURE = /\d|percent|half|twice|double|tripl|every|all\b|none\b|zero/i;

/** The hint for the result field: a result with no number or measure reads weak on a call. */
export function resultIsWeak(result: string): boolean {
  return result.trim() !== '' && !MEASURE.test(result);
}
