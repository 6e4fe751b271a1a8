import fc from 'fast-check';
import { PURPOSE_IDS, ROLE_IDS } from '../../../src/lib/purposes.ts';
import type { Story } from '../../../src/lib/stories/model.ts';

/** Any valid story (short texts, so properties run fast). */
export const storyArb: fc.Arbitrary<Story> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,12}$/),
  title: fc.string({ maxLength: 80 }),
  situation: fc.string({ maxLength: 50 }),
  action: fc.string({ maxLength: 50 }),
  result: fc.string({ maxLength: 50 }),
  learned: fc.string({ maxLength: 50 }),
  purposes: fc.uniqueArray(fc.constantFrom(...PURPOSE_IDS)),
  roles: fc.uniqueArray(fc.constantFrom(...ROLE_IDS)),
  skills: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,10}$/), { maxLength: 5 }),
  updatedAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString()),
});
