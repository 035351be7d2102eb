import 'server-only';
import type { EnqueuedTaskPromise, Task, WaitOptions } from 'meilisearch';
import { SearchTaskError } from './errors';

/**
 * Waits for a Meilisearch task and insists it succeeded. Meilisearch accepts most writes
 * immediately and fails them later (bad settings, bad documents): without this check a broken
 * index looks fine until someone searches.
 */
export async function runTask(what: string, enqueued: EnqueuedTaskPromise, options?: WaitOptions): Promise<Task> {
  const task = await enqueued.waitTask(options);
  if (task.status !== 'succeeded') throw new SearchTaskError(what, task.uid, task.error, task.status);
  return task;
}
