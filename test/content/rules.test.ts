import { describe, expect, it } from 'vitest';
import { PURPOSE_IDS, ROLE_IDS } from '../../src/lib/purposes.ts';
import { countWords } from '../../src/lib/content/reading-time.ts';
import type { ChecklistSchema } from '../../src/schemas/checklist.ts';
import type { GuideSchema } from '../../src/schemas/guide.ts';
import type { QuestionSchema } from '../../src/schemas/question.ts';
import type { z } from 'astro/zod';
import { readContent } from './helpers/content-files.ts';
import { readBuiltPage } from './helpers/built-pages.ts';
import { isBuiltPath } from '../e2e/helpers/site.ts';
import { CONTENT_TARGETS } from './helpers/content-targets.ts';

type Question = z.output<typeof QuestionSchema>;
type Guide = z.output<typeof GuideSchema>;
type Checklist = z.output<typeof ChecklistSchema>;

const guides = readContent('content/guides');
const questions = readContent('content/questions');
const purposes = readContent('content/purposes');
const checklists = readContent('content/checklists', ['.yaml']);
const q = (file: (typeof questions)[number]) => file.data as Question;

/** The guides issue #3 asks for, by slug. */
const REQUIRED_GUIDES = [
  'why-employers-phone-screen',
  'who-calls-you',
  'be-reachable',
  'set-up-for-the-call',
  'tell-me-about-yourself',
  'walk-through-your-resume',
  'technical-questions-by-phone',
  'availability-and-start-date',
  'why-this-company-and-your-goals',
  'salary-expectations',
  'fit-and-work-environment',
  'sounding-clear-on-the-phone',
  'questions-to-ask-and-closing',
  'after-the-call',
];

describe('how much there is', () => {
  it(`has at least ${CONTENT_TARGETS.guides} guides, including every topic the site promises`, () => {
    expect(guides.length).toBeGreaterThanOrEqual(CONTENT_TARGETS.guides);
    expect(REQUIRED_GUIDES.filter((slug) => !guides.some((g) => g.slug === slug))).toEqual([]);
  });

  it(`has at least ${CONTENT_TARGETS.questions} questions`, () => {
    expect(questions.length).toBeGreaterThanOrEqual(CONTENT_TARGETS.questions);
  });

  it.each(PURPOSE_IDS)(`has at least ${CONTENT_TARGETS.questionsPerPurpose} questions checking %s`, (purpose) => {
    expect(questions.filter((f) => q(f).purpose === purpose).length).toBeGreaterThanOrEqual(CONTENT_TARGETS.questionsPerPurpose);
  });

  it.each(ROLE_IDS.filter((r) => r !== 'any'))(`has at least ${CONTENT_TARGETS.questionsTaggedPerRole} questions tagged for the %s track by name`, (role) => {
    expect(questions.filter((f) => q(f).roles.includes(role)).length).toBeGreaterThanOrEqual(CONTENT_TARGETS.questionsTaggedPerRole);
  });

  it('has one purpose hub for each of the six purposes, and no others', () => {
    expect(purposes.map((p) => p.slug).sort()).toEqual([...PURPOSE_IDS].sort());
  });
});

describe('question rules', () => {
  it('files each question under the folder of its purpose', () => {
    expect(questions.filter((f) => f.folder !== q(f).purpose).map((f) => f.file)).toEqual([]);
  });

  it('never asks the same question twice', () => {
    const normalise = (prompt: string) => prompt.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim();
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const f of questions) {
      const key = normalise(q(f).prompt);
      if (seen.has(key)) duplicates.push(`${f.file} repeats ${seen.get(key)}`);
      seen.set(key, f.file);
    }
    expect(duplicates).toEqual([]);
  });

  it('gives the practice drill a question for each beat of a real screen', () => {
    const slots = new Set(questions.map((f) => q(f).screenSlot).filter(Boolean));
    expect([...slots].sort()).toEqual(['availability', 'background', 'opener', 'salary', 'technical', 'why-company', 'your-questions']);
  });

  it.each(questions.map((f) => [f.file, f] as const))('%s has every section of a question page', (_file, f) => {
    const page = readBuiltPage(`questions/${q(f).purpose}/${f.slug}/index.html`);
    const headings = page.querySelectorAll('article h2').map((h) => h.text.trim());
    expect(headings).toEqual(expect.arrayContaining(['Why they ask', 'How to answer', 'What a strong answer covers']));
    // "How to answer" holds a framework: numbered steps somewhere in its section.
    let node = page.querySelectorAll('article h2').find((h) => h.text.trim() === 'How to answer')?.nextElementSibling;
    let steps = 0;
    for (; node && node.tagName !== 'H2'; node = node.nextElementSibling) if (node.tagName === 'OL') steps = Math.max(steps, node.querySelectorAll(':scope > li').length);
    expect(steps, '"How to answer" gives numbered steps').toBeGreaterThanOrEqual(3);
    const strong = page.querySelector('.answer-strong .answer-text');
    const words = countWords(strong?.text ?? '');
    expect(words, 'strong sample answer length in words').toBeGreaterThanOrEqual(60);
    expect(words, 'strong sample answer length in words').toBeLessThanOrEqual(120);
    expect(page.querySelector('.answer-weak .answer-text')?.text.trim().length ?? 0, 'weak answer').toBeGreaterThan(20);
    expect(page.querySelector('.answer-weak .answer-why')?.text.trim().length ?? 0, 'what is wrong with the weak answer').toBeGreaterThan(40);
  });
});

describe('guide rules', () => {
  it.each(guides.map((g) => [g.file, g] as const))('%s cites its sources and has the page furniture', (_file, g) => {
    const data = g.data as Guide;
    expect(data.sources.length, 'sources').toBeGreaterThan(0);
    const page = readBuiltPage(`guides/${g.slug}/index.html`);
    expect(page.querySelector('nav.toc'), 'table of contents').not.toBeNull();
    expect(page.querySelector('article time')?.getAttribute('datetime')).toBe(new Date(data.updated).toISOString().slice(0, 10));
    expect(page.querySelector('article time')?.parentNode?.text).toMatch(/\d+ min read/);
    expect(page.querySelectorAll('#sources-heading + ol li').length).toBe(data.sources.length);
    expect(page.querySelector('nav.prev-next'), 'previous/next within the stage').not.toBeNull();
    expect(page.querySelector('#prepares-heading'), 'questions this guide prepares you for').not.toBeNull();
  });

  it('links the salary guide to the calculator', () => {
    const salary = guides.find((g) => g.slug === 'salary-expectations');
    expect(salary?.body).toMatch(/\]\(\/salary\/\)|href="\/salary\/"|<SalaryCalculator/);
  });
});

describe('sources and links', () => {
  it('cites only absolute https sources', () => {
    const all = [...guides, ...purposes].flatMap((f) => ((f.data as { sources?: { url: string }[] }).sources ?? []).map((s) => `${f.file}: ${s.url}`));
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((line) => !/: https:\/\/[^/\s]+\.[^/\s]+/.test(line))).toEqual([]);
  });

  it('links from content only to pages and sections that exist', () => {
    const broken: string[] = [];
    for (const f of [...guides, ...questions, ...purposes]) {
      const targets = [...f.body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2]!);
      for (const target of targets) {
        const url = new URL(target, 'http://site.test');
        if (!isBuiltPath(url.pathname)) {
          broken.push(`${f.file} → ${target}`);
          continue;
        }
        if (url.hash && url.pathname.endsWith('/')) {
          const page = readBuiltPage(`${url.pathname.slice(1)}index.html`);
          if (!page.getElementById(decodeURIComponent(url.hash.slice(1)))) broken.push(`${f.file} → ${target} (no such section)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('points checklist items only at guides that exist', () => {
    const missing = checklists.flatMap((c) =>
      (c.data as Checklist).items.filter((item) => item.guide && !guides.some((g) => g.slug === item.guide)).map((item) => `${c.file}: ${item.id} → ${item.guide}`),
    );
    expect(missing).toEqual([]);
  });
});
