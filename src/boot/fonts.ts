import { whenIdle } from '../idle.ts';

/**
 * The first paint needs only the first screen's characters (the theme's
 * 'Deck Sans First' face); every other character is in 'Deck Sans', which the
 * browser fetches when text off the first screen first needs it. Fetched here
 * in idle time instead, so the next slide or section is set in it at once.
 * Returns what cancels the fetches not yet started.
 */
export function loadFullFont(): () => void {
  // One weight at a time: starting a font's load costs a few milliseconds of its own.
  const cancels = [400, 700].map((weight) =>
    whenIdle(() => void document.fonts.load(`${weight} 1em 'Deck Sans'`).catch(() => undefined)),
  );
  return () => cancels.forEach((cancel) => cancel());
}
