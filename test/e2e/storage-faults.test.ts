import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { eventually, useBrowser } from './helpers/fixture.ts';
import { watchPage } from './helpers/page-watch.ts';
import { makeStorageThrow } from './helpers/storage.ts';
import { typeAll } from './helpers/salary.ts';
import { CHECKLIST_STORAGE_KEY } from '../../src/lib/checklist/stored-record.ts';
import { SAVED_RANGE_STORAGE_KEY } from '../../src/lib/salary/saved-range-record.ts';
import { PRACTICE_STORAGE_KEY } from '../../src/lib/practice/stored-record.ts';
import { PREP_STORAGE_KEY } from '../../src/lib/prep/stored-record.ts';
import { backupKeyPrefix } from '../../src/lib/storage/versioned-store.ts';

const browser = useBrowser();

/** One island: where it lives, the key it saves under, and something a reader does that makes it save. */
interface Island {
  name: string;
  path: string;
  key: string;
  /** Does something that writes to storage, and returns a check that the change is on screen. */
  write: (page: Page) => Promise<() => Promise<unknown>>;
}

const ISLANDS: Island[] = [
  {
    name: 'checklist',
    path: '/checklist/',
    key: CHECKLIST_STORAGE_KEY,
    write: async (page) => {
      const box = page.locator('#checklist-once-you-apply--voicemail-greeting');
      await box.check();
      return () => box.isChecked();
    },
  },
  {
    name: 'salary calculator',
    path: '/salary/',
    key: SAVED_RANGE_STORAGE_KEY,
    write: async (page) => {
      await typeAll(page, { monthlyCosts: '2000', taxRate: '20' });
      await page.getByRole('button', { name: 'Save this range for my prep sheet' }).click();
      return () =>
        page
          .locator('#salary-saved')
          .innerText()
          .then((text) => text.includes('$48,000 to $54,000'));
    },
  },
  {
    name: 'practice drill',
    // A purpose in the address opens the drill on "Drill one purpose", which asks how many questions.
    path: '/practice/?purpose=salary',
    key: PRACTICE_STORAGE_KEY,
    write: async (page) => {
      await page.getByLabel('How many').selectOption('3');
      await page.getByRole('button', { name: /^Start/ }).click();
      const notes = page.getByLabel('Your notes');
      await notes.fill('my bullet points');
      return () => notes.inputValue().then((value) => value === 'my bullet points');
    },
  },
  {
    name: 'prep sheet',
    path: '/prep/',
    key: PREP_STORAGE_KEY,
    write: async (page) => {
      const company = page.getByLabel('Company', { exact: true });
      await company.fill('Northwind Health');
      return () => company.inputValue().then((value) => value === 'Northwind Health');
    },
  },
];

/** Opens an island's page and waits until it has hydrated. */
async function open(context: BrowserContext, island: Island) {
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(island.path, { waitUntil: 'networkidle' });
  // Islands gain data-hydrated once src/components/island-loader.ts has mounted them.
  await page.locator('[data-island][data-hydrated]').first().waitFor({ state: 'attached' });
  return { page, problems };
}

/** Every localStorage entry, read from the page. */
const dump = (page: Page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));

describe.each(ISLANDS)('the $name under storage faults', (island) => {
  it('works in memory and says why nothing is saved when every storage call throws', async () => {
    const { context } = await browser.context();
    await makeStorageThrow(context);
    const { page, problems } = await open(context, island);
    const done = await island.write(page);
    await eventually(done).toBe(true);
    await eventually(() => page.locator('main').innerText()).toMatch(/isn.t letting this site save data/);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('works in memory and says why nothing is saved when the storage quota is full', async () => {
    const { context } = await browser.context();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const { page, problems } = await open(context, island);
    const done = await island.write(page);
    await eventually(done).toBe(true);
    await eventually(() => page.locator('main').innerText()).toMatch(/storage for this site is full/);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('leaves a record from a newer version untouched, backs it up, and says so', async () => {
    const { context } = await browser.context();
    const future = JSON.stringify({ version: 99, fromTheFuture: true });
    const seed = await context.newPage();
    await seed.goto('/privacy/');
    await seed.evaluate(([key, value]) => localStorage.setItem(key!, value!), [island.key, future]);
    await seed.close();

    const { page, problems } = await open(context, island);
    await eventually(() => page.locator('main').innerText()).toMatch(/A newer version of this site saved/);
    const done = await island.write(page);
    await eventually(done).toBe(true);
    const stored = await dump(page);
    expect(stored[island.key], 'the newer record is untouched').toBe(future);
    const backups = Object.entries(stored).filter(([key]) => key.startsWith(backupKeyPrefix(island.key)));
    expect(backups.map(([, value]) => value)).toContain(future);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
