import { useEffect, useState } from 'preact/hooks';
import { PURPOSE_IDS, PURPOSE_LABELS, ROLE_IDS, ROLE_LABELS, type PurposeId, type RoleId } from '../lib/purposes.ts';
import {
  MAX_STORIES,
  STORY_LIMITS,
  blankStory,
  deleteStory,
  filterStories,
  newStoryId,
  parseSkills,
  purposeCoverage,
  resultIsWeak,
  saveStory,
  sortStories,
  storyTitle,
  tagsInUse,
  type Story,
  type StorySort,
  type StoryTag,
} from '../lib/stories/model.ts';
import { storiesRecord } from '../lib/stories/record.ts';
import { exportFileName, exportStories, importNeedsConfirm, mergeStories, parseStoriesImport } from '../lib/stories/transfer.ts';
import type { StoriesRecord } from '../lib/stories/model.ts';
import { downloadText } from './download.ts';
import { useStoredRecord } from './use-stored-record.ts';

/** The four story fields, with the example and hint each shows. */
const FIELDS = [
  {
    key: 'situation',
    label: 'The situation',
    hint: 'Where you were and what was wrong, in one or two sentences.',
    example: 'Example: “Our office’s 14 printers jammed or dropped off the network every week.”',
  },
  {
    key: 'action',
    label: 'What you did',
    hint: 'Your own steps. Say “I”, not “we”.',
    example: 'Example: “I logged every failure for a month, found one driver at fault, and rolled out a fixed version.”',
  },
  {
    key: 'result',
    label: 'The result',
    hint: 'What changed, with a number where there is one.',
    example: 'Weak: “Things got better.” Strong: “Printer tickets fell from 12 a week to 2.”',
  },
  {
    key: 'learned',
    label: 'What you learned',
    hint: 'One line you would do the same, or differently, next time.',
    example: 'Example: “Count before you fix: the log showed the real cause.”',
  },
] as const;

const SORTS: Record<StorySort, string> = { recent: 'Last changed', title: 'Title (A–Z)', purpose: 'Purpose' };

/** A tag as the filter's option value ("purpose:fit") and as words. */
const tagValue = (tag: StoryTag) => `${tag.kind}:${tag.id}`;
const tagWords = (tag: StoryTag) => (tag.kind === 'purpose' ? PURPOSE_LABELS[tag.id] : tag.kind === 'role' ? ROLE_LABELS[tag.id] : tag.id);

/** The tags a new story starts with when a question page sent the reader here (?purpose=…&roles=…). */
function tagsFromUrl(): { purposes: PurposeId[]; roles: RoleId[] } {
  const params = new URLSearchParams(window.location.search);
  const purpose = params.get('purpose');
  const roles = (params.get('roles') ?? '').split(',').filter((id): id is RoleId => (ROLE_IDS as readonly string[]).includes(id));
  return { purposes: PURPOSE_IDS.filter((id) => id === purpose), roles };
}

/**
 * The story bank: write a few true stories once, tag them, and reuse them. Everything is kept in this browser
 * (psg:stories:v1) and saved as you type; all story text is rendered as text, never as HTML.
 */
export default function StoryBank() {
  const { value: record, update, ready, notice } = useStoredRecord(storiesRecord);
  const [editing, setEditing] = useState<string | null>(null);
  const [skillsText, setSkillsText] = useState('');
  const [sort, setSort] = useState<StorySort>('recent');
  const [filter, setFilter] = useState('');
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [pendingImport, setPendingImport] = useState<StoriesRecord | null>(null);
  const [message, setMessage] = useState('');
  const [preset, setPreset] = useState<{ purposes: PurposeId[]; roles: RoleId[] }>({ purposes: [], roles: [] });

  useEffect(() => setPreset(tagsFromUrl()), []);

  const story = editing === null ? undefined : record.stories.find((item) => item.id === editing);
  const tags = tagsInUse(record.stories);
  const activeTag = tags.find((tag) => tagValue(tag) === filter) ?? null;
  const shown = sortStories(filterStories(record.stories, activeTag), sort);

  function change(id: string, patch: Partial<Story>) {
    update((previous) => {
      const current = previous.stories.find((item) => item.id === id);
      return current ? saveStory(previous, { ...current, ...patch }, new Date()) : previous;
    });
  }

  function add() {
    const now = new Date();
    const fresh = { ...blankStory(newStoryId(now), now), ...preset };
    update((previous) => saveStory(previous, fresh, now));
    setSkillsText('');
    setEditing(fresh.id);
    setMessage('');
    requestAnimationFrame(() => document.getElementById('story-title')?.focus());
  }

  function edit(item: Story) {
    setEditing(item.id);
    setSkillsText(item.skills.join(', '));
    requestAnimationFrame(() => document.getElementById('story-title')?.focus());
  }

  function toggle<K extends 'purposes' | 'roles'>(item: Story, key: K, id: Story[K][number], on: boolean) {
    const list = item[key] as string[];
    change(item.id, { [key]: on ? [...list.filter((entry) => entry !== id), id] : list.filter((entry) => entry !== id) });
  }

  async function importFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = file.size > 1_000_000 ? parseStoriesImport('x'.repeat(1_000_001)) : parseStoriesImport(await file.text());
    if (!result.ok) return setMessage(result.message);
    if (importNeedsConfirm(record)) {
      setPendingImport(result.record);
      setMessage('');
    } else {
      update(result.record);
      setMessage(`Imported ${result.record.stories.length} ${result.record.stories.length === 1 ? 'story' : 'stories'}.`);
    }
  }

  function finishImport(how: 'replace' | 'merge') {
    if (!pendingImport) return;
    const incoming = pendingImport;
    update((previous) => (how === 'replace' ? incoming : mergeStories(previous, incoming)));
    setPendingImport(null);
    setEditing(null);
    setMessage(how === 'replace' ? `Replaced your bank with the ${incoming.stories.length} stories in the file.` : 'Added the file’s new stories to yours.');
  }

  return (
    <div class="story-bank">
      {notice && <p class="notice">{notice}</p>}
      <p class="story-name">
        <label for="story-name">Your name</label>
        <span class="hint" id="story-name-hint">
          The message kit signs your messages with it.
        </span>
        <input
          id="story-name"
          type="text"
          autocomplete="name"
          maxLength={STORY_LIMITS.name}
          aria-describedby="story-name-hint"
          value={record.name}
          onInput={(e) => {
            // Read the box now: the update may run later, once the storage code has loaded, when the event is gone.
            const name = e.currentTarget.value;
            update((previous) => ({ ...previous, name }));
          }}
        />
      </p>

      <section aria-labelledby="gap-title" class="story-gaps">
        <h2 id="gap-title">Which purposes your stories cover</h2>
        <ul>
          {purposeCoverage(record.stories).map(({ purpose, count }) => (
            <li key={purpose} data-gap={count === 0 ? '' : undefined}>
              <strong>{PURPOSE_LABELS[purpose]}:</strong> {count === 0 ? 'no story yet' : `${count} ${count === 1 ? 'story' : 'stories'}`}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="list-title">
        <h2 id="list-title">Your stories ({record.stories.length})</h2>
        <p class="story-actions">
          <button type="button" class="button" disabled={!ready || record.stories.length >= MAX_STORIES} onClick={add}>
            Add a story
          </button>
          {record.stories.length >= MAX_STORIES && <span class="hint">The bank holds {MAX_STORIES} stories. Delete one to add another.</span>}
        </p>
        {record.stories.length > 0 && (
          <p class="story-controls">
            <label>
              Sort by{' '}
              <select value={sort} onChange={(e) => setSort(e.currentTarget.value as StorySort)}>
                {Object.entries(SORTS).map(([value, words]) => (
                  <option key={value} value={value}>
                    {words}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              Show{' '}
              <select value={activeTag ? filter : ''} onChange={(e) => setFilter(e.currentTarget.value)}>
                <option value="">All stories</option>
                {tags.map((tag) => (
                  <option key={tagValue(tag)} value={tagValue(tag)}>
                    {tagWords(tag)}
                  </option>
                ))}
              </select>
            </label>
          </p>
        )}
        {ready && record.stories.length === 0 && <p>No stories yet. Start with the one you’re proudest of.</p>}
        <ul class="story-list">
          {shown.map((item) => (
            <li key={item.id} class="card story-card" data-story={item.id}>
              <h3>{storyTitle(item)}</h3>
              <p class="story-tags">
                {[...item.purposes.map((id) => PURPOSE_LABELS[id]), ...item.roles.map((id) => ROLE_LABELS[id]), ...item.skills].join(' · ') || 'No tags yet'}
              </p>
              {item.result.trim() !== '' && (
                <p>
                  <strong>Result:</strong> {item.result}
                </p>
              )}
              <p>
                <button type="button" class="secondary" onClick={() => edit(item)} aria-label={`Edit ${storyTitle(item)}`}>
                  Edit
                </button>{' '}
                {confirmDelete === item.id ? (
                  <span role="group" aria-label="Delete this story?">
                    Delete it for good?{' '}
                    <button
                      type="button"
                      onClick={() => {
                        update((previous) => deleteStory(previous, item.id));
                        setConfirmDelete(null);
                        if (editing === item.id) setEditing(null);
                      }}
                    >
                      Yes, delete
                    </button>{' '}
                    <button type="button" class="secondary" onClick={() => setConfirmDelete(null)}>
                      Keep it
                    </button>
                  </span>
                ) : (
                  <button type="button" class="secondary" onClick={() => setConfirmDelete(item.id)} aria-label={`Delete ${storyTitle(item)}`}>
                    Delete
                  </button>
                )}
              </p>
            </li>
          ))}
        </ul>
      </section>

      {story && (
        <section id="story-editor" aria-labelledby="editor-title" class="story-editor">
          <h2 id="editor-title">Edit: {storyTitle(story)}</h2>
          <p class="hint">Saved in this browser as you type.</p>
          <p>
            <label for="story-title">Short title</label>
            <span class="hint" id="story-title-hint">
              A few words you’ll recognize on your notes: “Printer fleet fix”.
            </span>
            <input
              id="story-title"
              type="text"
              maxLength={STORY_LIMITS.title}
              aria-describedby="story-title-hint"
              value={story.title}
              onInput={(e) => change(story.id, { title: e.currentTarget.value })}
            />
          </p>
          {FIELDS.map((field) => {
            const weak = field.key === 'result' && resultIsWeak(story.result);
            return (
              <p key={field.key}>
                <label for={`story-${field.key}`}>{field.label}</label>
                <span class="hint" id={`story-${field.key}-hint`}>
                  {field.hint} {field.example}
                </span>
                <textarea
                  id={`story-${field.key}`}
                  rows={3}
                  maxLength={STORY_LIMITS.text}
                  aria-describedby={`story-${field.key}-hint${weak ? ' story-result-weak' : ''}`}
                  value={story[field.key]}
                  onInput={(e) => change(story.id, { [field.key]: e.currentTarget.value })}
                />
                {weak && (
                  <span class="hint weak-hint" id="story-result-weak">
                    This result has no number yet. How many, how much, how fast? Even “about half” is stronger than “better”.
                  </span>
                )}
              </p>
            );
          })}
          <fieldset>
            <legend>What it answers (purposes)</legend>
            {PURPOSE_IDS.map((id) => (
              <label key={id} class="story-check">
                <input type="checkbox" checked={story.purposes.includes(id)} onChange={(e) => toggle(story, 'purposes', id, e.currentTarget.checked)} />{' '}
                {PURPOSE_LABELS[id]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Role tracks it fits</legend>
            {ROLE_IDS.map((id) => (
              <label key={id} class="story-check">
                <input type="checkbox" checked={story.roles.includes(id)} onChange={(e) => toggle(story, 'roles', id, e.currentTarget.checked)} />{' '}
                {ROLE_LABELS[id]}
              </label>
            ))}
          </fieldset>
          <p>
            <label for="story-skills">Skills</label>
            <span class="hint" id="story-skills-hint">
              Separate them with commas: “troubleshooting, difficult customer”.
            </span>
            <input
              id="story-skills"
              type="text"
              aria-describedby="story-skills-hint"
              value={skillsText}
              onInput={(e) => {
                setSkillsText(e.currentTarget.value);
                change(story.id, { skills: parseSkills(e.currentTarget.value) });
              }}
            />
          </p>
          <p>
            <button type="button" class="button" onClick={() => setEditing(null)}>
              Done
            </button>
          </p>
        </section>
      )}

      <section aria-labelledby="transfer-title" class="story-transfer">
        <h2 id="transfer-title">Keep a copy</h2>
        <p>Your stories live only in this browser. Export them to a file to keep a copy or move them to another device.</p>
        <p>
          <button
            type="button"
            class="secondary"
            disabled={!ready}
            onClick={() => downloadText(exportFileName(new Date()), exportStories(record, new Date()), 'application/json')}
          >
            Export stories
          </button>{' '}
        </p>
        <p>
          <label for="story-import">Import stories from a file</label>{' '}
          <input id="story-import" type="file" accept="application/json,.json" disabled={!ready} onChange={importFile} />
        </p>
        {pendingImport && (
          <div class="notice" role="group" aria-label="Import stories?">
            <p>
              The file holds {pendingImport.stories.length} {pendingImport.stories.length === 1 ? 'story' : 'stories'}. You have {record.stories.length} here.
              What should happen?
            </p>
            <button type="button" onClick={() => finishImport('merge')}>
              Add the new ones to mine
            </button>{' '}
            <button type="button" onClick={() => finishImport('replace')}>
              Replace mine with the file
            </button>{' '}
            <button type="button" class="secondary" onClick={() => setPendingImport(null)}>
              Cancel
            </button>
          </div>
        )}
        <p role="status" class={message.startsWith('Imported') || message.startsWith('Replaced') || message.startsWith('Added') ? '' : 'error-text'}>
          {message}
        </p>
      </section>
    </div>
  );
}
