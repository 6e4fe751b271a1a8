/** The contract of a pre-call checklist (content/checklists/<list id>.yaml). */
import { z } from 'astro/zod';
import { SlugSchema, displayText } from './common.ts';

/** One item of a pre-call checklist. Its id is stored in the browser, so never change it once published. */
export const ChecklistItemSchema = z.strictObject({
  /** The item's stable id, stored with its tick. */
  id: SlugSchema,
  /** What to do, as the checkbox's label. */
  label: displayText(3, 100),
  /** One line on why it matters. */
  why: displayText(3, 200).optional(),
  /** Slug of the guide that explains it. */
  guide: SlugSchema.optional(),
});

/** A pre-call checklist in content/checklists/<list id>.yaml; the file name is the list's stable id. */
export const ChecklistSchema = z
  .strictObject({
    /** The list's heading. */
    title: displayText(3, 80),
    /** When this list applies, e.g. "The day before the call". */
    when: displayText(3, 120),
    /** Position on the /checklist/ page, from 1. */
    order: z.number().int().min(1),
    /** The things to do, in order; at least three. */
    items: z.array(ChecklistItemSchema).min(3),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.items.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `duplicate item id "${item.id}"` });
      seen.add(item.id);
    });
  });
