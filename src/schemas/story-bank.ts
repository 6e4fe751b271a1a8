/** The contract of the story bank kept in the browser (psg:stories:v1); src/lib/stories/record.ts mirrors it without zod. */
import { z } from 'astro/zod';
import { PURPOSE_IDS, ROLE_IDS } from '../lib/purposes.ts';
import { MAX_PINS, MAX_SKILLS, MAX_STORIES, STORIES_RECORD_VERSION, STORY_LIMITS } from '../lib/stories/model.ts';

const Text = z.string().max(STORY_LIMITS.text);

/** One story: title, situation, what you did, result, what you learned, and its tags. */
export const StorySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  title: z.string().max(STORY_LIMITS.title),
  situation: Text,
  action: Text,
  result: Text,
  learned: Text,
  purposes: z
    .array(z.enum(PURPOSE_IDS))
    .max(PURPOSE_IDS.length)
    .refine((list) => new Set(list).size === list.length),
  roles: z
    .array(z.enum(ROLE_IDS))
    .max(ROLE_IDS.length)
    .refine((list) => new Set(list).size === list.length),
  skills: z.array(z.string().min(1).max(STORY_LIMITS.skill)).max(MAX_SKILLS),
  updatedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
});

/** The stored story bank: stories with distinct ids, the reader's name, and up to three pins of existing stories. */
export const StoriesRecordSchema = z
  .strictObject({
    version: z.literal(STORIES_RECORD_VERSION),
    name: z.string().max(STORY_LIMITS.name),
    stories: z.array(StorySchema).max(MAX_STORIES),
    pinned: z.array(z.string()).max(MAX_PINS),
  })
  .refine((record) => new Set(record.stories.map((story) => story.id)).size === record.stories.length)
  .refine((record) => new Set(record.pinned).size === record.pinned.length && record.pinned.every((pin) => record.stories.some((story) => story.id === pin)));
