import { describe, expect, it } from 'vitest';
import { ChecklistSchema } from '../../src/schemas/checklist.ts';
import { GuideSchema } from '../../src/schemas/guide.ts';
import { PurposeSchema } from '../../src/schemas/purpose-hub.ts';
import { QuestionSchema } from '../../src/schemas/question.ts';
import { readContent, readContentFile, validationProblems } from './helpers/content-files.ts';

describe('every content file validates against its schema', () => {
  const sets = [
    ['guides', readContent('content/guides'), GuideSchema],
    ['questions', readContent('content/questions'), QuestionSchema],
    ['purposes', readContent('content/purposes'), PurposeSchema],
    ['checklists', readContent('content/checklists', ['.yaml']), ChecklistSchema],
  ] as const;

  it.each(sets)('%s', (_name, files, schema) => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => validationProblems(file, schema))).toEqual([]);
  });
});

describe('bad frontmatter is reported with the file and the field', () => {
  it.each([
    ['test/fixtures/content/guides/description-too-long.mdx', GuideSchema, /description-too-long\.mdx: description: Too big/],
    ['test/fixtures/content/guides/unknown-stage.mdx', GuideSchema, /unknown-stage\.mdx: stage: Invalid option/],
    ['test/fixtures/content/guides/misspelt-key.mdx', GuideSchema, /misspelt-key\.mdx: purpose: unknown field/],
    ['test/fixtures/content/guides/misspelt-key.mdx', GuideSchema, /misspelt-key\.mdx: purposes: Invalid input/],
    ['test/fixtures/content/guides/http-source.mdx', GuideSchema, /http-source\.mdx: sources\.0\.url: must be an absolute https:\/\/ URL/],
    ['test/fixtures/content/questions/salary/too-many-strong-points.mdx', QuestionSchema, /too-many-strong-points\.mdx: strongPoints: Too big/],
    ['test/fixtures/content/questions/salary/unknown-purpose.mdx', QuestionSchema, /unknown-purpose\.mdx: purpose: Invalid option/],
    ['test/fixtures/content/checklists/duplicate-ids.yaml', ChecklistSchema, /duplicate-ids\.yaml: items\.1\.id: duplicate item id "same"/],
  ] as const)('%s', (path, schema, expected) => {
    const problems = validationProblems(readContentFile(path), schema);
    expect(problems.join('\n')).toMatch(expected);
  });
});

describe('text a reader sees gets curly quotes, as MDX bodies do', () => {
  it('in a guide, a question and a checklist', () => {
    const guide = GuideSchema.parse({
      title: `"Why us?" and what's next`,
      description: "How to answer 'why us' so it's clearly about this company and not any other one.",
      stage: 'before',
      purposes: ['interest'],
      order: 1,
      updated: '2026-11-29',
    });
    expect(guide.title).toBe('“Why us?” and what’s next');
    expect(guide.description).toBe('How to answer ‘why us’ so it’s clearly about this company and not any other one.');
    const question = QuestionSchema.parse({
      prompt: "What's your greatest strength?",
      purpose: 'qualifications',
      roles: ['any'],
      difficulty: 'easy',
      targetSeconds: 60,
      strongPoints: ["Names one strength, not five", 'Backs it with a real "for example"', "Ties it to the job's needs"],
      followUps: ["And what's your weakness?"],
    });
    expect([question.prompt, ...question.strongPoints, ...question.followUps].join(' ')).not.toMatch(/["']/);
    const list = ChecklistSchema.parse({ title: "Once you've applied", when: 'Any time', order: 1, items: [1, 2, 3].map((n) => ({ id: `item-${n}`, label: `Item ${n}'s label` })) });
    expect(list.title).toBe('Once you’ve applied');
    expect(list.items[0]!.label).toBe('Item 1’s label');
  });
});
