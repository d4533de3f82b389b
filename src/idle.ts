/**
 * Runs work when the browser is idle (soon anyway where it has no idle callback), off the frames a
 * presenter sees. Returns what cancels it, if it has not run.
 */
export function whenIdle(work: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(work, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 16);
  return () => clearTimeout(id);
}

/**
 * Lets the browser handle input and paint before the next step of a long
 * start-up: the steps run as separate tasks rather than one that blocks the page.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
