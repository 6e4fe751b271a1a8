import { routes } from '../../lib/url.ts';
import type { PurposeId, RoleId } from '../../lib/purposes.ts';
import { storiesForQuestion, storyTitle } from '../../lib/stories/model.ts';
import { storiesRecord } from '../../lib/stories/record.ts';
import { useStoredRecord } from '../use-stored-record.ts';

/** The question the drill is on, for matching stories. */
export interface DrillStoriesProps {
  purpose: PurposeId;
  roles: readonly RoleId[];
}

/** Beside the notes box: the reader's stories tagged for this question (read-only; text rendered as text). */
export default function DrillStories({ purpose, roles }: DrillStoriesProps) {
  const { value, ready } = useStoredRecord(storiesRecord);
  if (!ready) return null;
  const matches = storiesForQuestion(value.stories, { purpose, roles });
  if (matches.length === 0) return null;
  return (
    <div class="drill-stories" data-drill-stories>
      <h3>Your stories for this question</h3>
      <ul>
        {matches.map((story) => (
          <li key={story.id}>
            <strong>{storyTitle(story)}</strong>
            {story.result.trim() !== '' && `: ${story.result.trim()}`}
          </li>
        ))}
      </ul>
      <p class="hint">
        <a href={routes.stories()}>Edit them in your story bank</a>
      </p>
    </div>
  );
}
