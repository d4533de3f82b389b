import type { Environment } from '../environment.ts';
import type { View } from '../config.ts';
import { startReading } from '../read/start.ts';
import { liveFromPage } from '../live/client/page.ts';
import { deckContext } from './context.ts';
import { restOfDeck } from './rest.ts';
import { readingColumn } from '../read/page.ts';
import { loadFullFont } from './fonts.ts';
import { nextTask } from '../idle.ts';
import { printButton } from '../controllers/print.ts';

/**
 * The reading page's start: it attaches to the page the first paint built
 * (or builds it), and follows a presenter where the page was served with a relay.
 * reveal.js is never loaded here.
 */
export async function bootReading(env: Environment, view?: View): Promise<void> {
  const ctx = await deckContext(env);
  await nextTask();
  await restOfDeck(ctx, (missing) => document.querySelector('.read-main')?.append(...readingColumn(missing)));
  const reading = await startReading(document.querySelector<HTMLElement>('.reveal'), ctx, env);
  loadFullFont();
  if (view === 'long') {
    const { longPicture, publicLink } = await import('../read/long.ts');
    return longPicture(document.querySelector<HTMLElement>('.read')!, ctx, publicLink(location.search));
  }
  // Before the language button, which stays where the first paint put it.
  const bar = document.querySelector<HTMLElement>('.read-bar');
  bar?.insertBefore(printButton(ctx).button, bar.querySelector(':scope > .language-toggle'));
  const live = liveFromPage(document, location);
  if (!live) return;
  const [{ liveReadingController }, { readingFollowView }] = await Promise.all([
    import('../controllers/live.ts'),
    import('../read/follow.ts'),
  ]);
  liveReadingController(document.querySelector<HTMLElement>('.read')!, ctx, readingFollowView(reading));
}
