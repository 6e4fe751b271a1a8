/**
 * "Your stories for this question" on question pages, filled in after load (src/components/after-load.ts), so
 * it costs nothing at first render. It reads the story bank through its record definition, shows the stories
 * whose tags match the question, and links to add one if none fit. Story text goes in as text, never HTML.
 */
import { PURPOSE_IDS, ROLE_IDS, type PurposeId, type RoleId } from '../lib/purposes.ts';
import { storiesForQuestion, storyTitle } from '../lib/stories/model.ts';
import { storiesRecord } from '../lib/stories/record.ts';
import { browserStorage, openRecordStore } from '../lib/storage/index.ts';

/** Makes an element with text content only. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

/** Fills one panel from the stored bank and shows it. */
function fill(panel: HTMLElement): void {
  const purpose = PURPOSE_IDS.find((id) => id === panel.dataset.purpose);
  if (!purpose) return;
  const roles = (panel.dataset.roles ?? '').split(',').filter((id): id is RoleId => (ROLE_IDS as readonly string[]).includes(id));
  const { value } = openRecordStore(storiesRecord, browserStorage()).load();
  const matches = storiesForQuestion(value.stories, { purpose: purpose as PurposeId, roles });
  const list = panel.querySelector('[data-story-list]');
  if (!list) return;
  list.replaceChildren();
  if (matches.length > 0) {
    const ul = el('ul');
    for (const story of matches) {
      const li = el('li');
      li.append(el('strong', storyTitle(story)));
      if (story.result.trim() !== '') li.append(el('span', `: ${story.result.trim()}`));
      ul.append(li);
    }
    list.append(ul);
  }
  const p = el('p', matches.length > 0 ? 'Another story fits? ' : 'None of your saved stories is tagged for this question yet. ');
  const link = el('a', 'Add a story for it in your story bank');
  link.href = panel.dataset.add ?? '/stories/';
  p.append(link, '.');
  list.append(p);
  panel.hidden = false;
  panel.dataset.hydrated = '';
}

for (const panel of document.querySelectorAll<HTMLElement>('[data-story-panel]')) fill(panel);
