/** Runs work when the browser is idle (soon anyway where it has no idle callback), off the frames a presenter sees. */
export function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 16);
}
