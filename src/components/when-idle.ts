/**
 * Runs `task` when the browser is next idle, and after `timeout` ms at the latest, so a page that is never idle (a busy
 * phone) still gets it. Safari has no requestIdleCallback: there it runs on the next task.
 */
export function whenIdle(task: () => void, timeout: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout });
  else setTimeout(task, 1);
}
