import type { ChecklistProgress } from '../../lib/prep/checklist-progress.ts';

/** How far the reader is through the checklists, from the checklist's record in this browser. */
export default function ProgressSection({ progress, checklistLink }: { progress: ChecklistProgress; checklistLink: string }) {
  return (
    <section class="prep-progress" aria-labelledby="prep-progress-heading">
      <h2 id="prep-progress-heading">Checklist progress</h2>
      <p>
        <strong>
          {progress.done} of {progress.total}
        </strong>{' '}
        checklist items done. <a href={checklistLink}>Open the checklist</a>
      </p>
      <ul class="meta">
        {progress.lists.map((list) => (
          <li>
            {list.title}: {list.done} of {list.total}
          </li>
        ))}
      </ul>
    </section>
  );
}
