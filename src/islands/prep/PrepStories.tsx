import { routes } from '../../lib/url.ts';
import { useEffect } from 'preact/hooks';
import { MAX_PINS, pinnedStories, setPinned, storyTitle, type Story } from '../../lib/stories/model.ts';
import { storiesRecord } from '../../lib/stories/record.ts';
import { useStoredRecord } from '../use-stored-record.ts';

/** The prep sheet's story pins: up to three stories from the story bank, which print with the sheet. */
export default function PrepStories({ onPinned }: { onPinned: (stories: Story[]) => void }) {
  const { value, update, ready, notice } = useStoredRecord(storiesRecord);
  const pinned = pinnedStories(value);
  const pinKey = pinned.map((story) => `${story.id}:${story.title}:${story.result}`).join('|');
  // pinKey is what `pinned` holds; onPinned is a state setter, stable for the component's life.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => onPinned(pinned), [pinKey]);
  return (
    <fieldset class="prep-stories">
      <legend>Stories to have in front of you</legend>
      <p class="hint">
        Pin up to {MAX_PINS} from your <a href={routes.stories()}>story bank</a>. They print with the sheet.
      </p>
      {notice && <p class="notice no-print">{notice}</p>}
      {value.stories.length === 0 ? (
        <p>{ready ? 'No stories yet. Write a few in the story bank first.' : ''}</p>
      ) : (
        <ul class="prep-ideas">
          {value.stories.map((story) => {
            const on = value.pinned.includes(story.id);
            return (
              <li key={story.id}>
                <input
                  type="checkbox"
                  id={`prep-pin-${story.id}`}
                  checked={on}
                  disabled={!on && value.pinned.length >= MAX_PINS}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    update((r) => setPinned(r, story.id, checked));
                  }}
                />{' '}
                <label for={`prep-pin-${story.id}`}>{storyTitle(story)}</label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
