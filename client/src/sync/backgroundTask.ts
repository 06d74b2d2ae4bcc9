// Work a person need not wait for (the rest of a big board loading, a slice at a time). Where
// the browser has a task scheduler it runs at background priority, after input and rendering;
// elsewhere, on the next turn.

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background'; signal: AbortSignal }): Promise<void>
}

/** Runs `task` later, behind what the page has to do first; the returned function cancels it. */
export function inBackground(task: () => void, scheduler: TaskScheduler | undefined = pageScheduler()): () => void {
  if (!scheduler) {
    const timer = setTimeout(task, 0)
    return () => clearTimeout(timer)
  }
  const cancel = new AbortController()
  // Cancelling rejects the task's promise; that is expected, not an error.
  scheduler.postTask(task, { priority: 'background', signal: cancel.signal }).catch(() => {})
  return () => cancel.abort()
}

function pageScheduler(): TaskScheduler | undefined {
  return (globalThis as { scheduler?: TaskScheduler }).scheduler
}
