import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './browser.ts';
import { serveStatic } from './server.ts';

/** Starts one static server on the built site for the whole e2e run; tests read its URL with inject('baseURL'). */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does this).');
  assertChromium();
  const server = await serveStatic('dist');
  project.provide('baseURL', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
