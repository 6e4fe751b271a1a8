/**
 * Synthetic content for the scale run: valid guides and questions made from templates, with enough
 * varied, plausible text that Pagefind's index grows the way a real site's would.
 */
const TOPICS = [
  'voicemail',
  'salary',
  'availability',
  'resume gap',
  'troubleshooting',
  'team fit',
  'follow-up',
  'recruiter',
  'notice period',
  'pitch',
  'nerves',
  'references',
  'time zone',
  'career goals',
  'benefits',
];
const VERBS = ['prepare', 'practice', 'write down', 'say', 'ask about', 'check', 'plan', 'explain', 'repeat', 'confirm'];
const OBJECTS = [
  'your range',
  'the posting',
  'a short story',
  'the next step',
  'your start date',
  'one example',
  'the caller’s name',
  'a question',
  'your notes',
  'the timeline',
];
const PURPOSES = ['details', 'qualifications', 'interest', 'communication', 'salary', 'fit'] as const;
const STAGES = ['before', 'during', 'after'] as const;

/** A small deterministic random generator, so every run writes the same content. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, n: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return `Before the call about ${pick(TOPICS)}, ${pick(VERBS)} ${pick(OBJECTS)} and ${pick(VERBS)} ${pick(OBJECTS)} (note ${n}).`;
}

function paragraph(next: () => number, n: number, sentences = 5): string {
  return Array.from({ length: sentences }, (_, i) => sentence(next, n * 10 + i)).join(' ');
}

/** A synthetic guide of about 900 words. */
export function syntheticGuide(index: number): { file: string; text: string } {
  const next = random(index + 1);
  const sections = Array.from(
    { length: 6 },
    (_, s) => `## Section ${s + 1} of synthetic guide ${index}\n\n${paragraph(next, s)}\n\n${paragraph(next, s + 50)}\n`,
  ).join('\n');
  return {
    file: `content/guides/synthetic-guide-${index}.mdx`,
    text: `---
title: "Synthetic guide ${index} about ${TOPICS[index % TOPICS.length]}"
description: "A generated guide used only by the scale benchmark to measure build and search costs at size."
stage: ${STAGES[index % STAGES.length]}
purposes: [${PURPOSES[index % PURPOSES.length]}]
order: ${100 + index}
updated: 2026-11-22
sources:
  - title: "Synthetic source"
    url: https://www.bls.gov/oes/tables.htm
    checked: 2026-11-22
---

${paragraph(next, 999)}

${sections}`,
  };
}

/** A synthetic question with every section a question page has. */
export function syntheticQuestion(index: number): { file: string; text: string } {
  const next = random(10_000 + index);
  const purpose = PURPOSES[index % PURPOSES.length]!;
  return {
    file: `content/questions/${purpose}/synthetic-question-${index}.mdx`,
    text: `---
prompt: "Synthetic question ${index}: how would you handle ${TOPICS[index % TOPICS.length]}?"
purpose: ${purpose}
roles: [any]
difficulty: medium
targetSeconds: 60
strongPoints:
  - Gives one specific example
  - Says what happened next
  - Keeps it under a minute
followUps:
  - "What would you do differently?"
---

## Why they ask

${paragraph(next, 1, 3)}

## How to answer

1. ${sentence(next, 2)}
2. ${sentence(next, 3)}
3. ${sentence(next, 4)}

## Strong and weak answers

<AnswerCompare question="Synthetic question ${index}">
<StrongAnswer why="${sentence(next, 5).replace(/"/g, '')}">
"${paragraph(next, 6, 4)}"
</StrongAnswer>
<WeakAnswer why="${sentence(next, 7).replace(/"/g, '')}">
"${sentence(next, 8)}"
</WeakAnswer>
</AnswerCompare>
`,
  };
}

/** N synthetic pages: four questions for every guide. */
export function syntheticContent(pages: number): { file: string; text: string }[] {
  const guides = Math.round(pages / 5);
  return [...Array.from({ length: guides }, (_, i) => syntheticGuide(i)), ...Array.from({ length: pages - guides }, (_, i) => syntheticQuestion(i))];
}
