import type { Environment } from '../environment.ts';
import { startReading } from '../read/start.ts';
import { liveFromPage } from '../live/client/page.ts';
import { deckContext } from './context.ts';
import { restOfDeck } from './rest.ts';
import { readingColumn } from '../read/page.ts';
import { loadFullFont } from './fonts.ts';
import { nextTask } from '../idle.ts';

/**
 * The reading page's start: it attaches to the page the first paint built
 * (or builds it), and follows a presenter where the page was served with a relay.
 * reveal.js is never loaded here.
 */
export async function bootReading(env: Environment): Promise<void> {
  const ctx = await deckContext(env);
  await nextTask();
  await restOfDeck(ctx, (missing) => document.querySelector('.read-main')?.append(...readingColumn(missing)));
  const reading = await startReading(document.querySelector<HTMLElement>('.reveal'), ctx, env);
  loadFullFont();
  const live = liveFromPage(document, location);
  if (!live) return;
  const [{ liveReadingController }, { readingFollowView }] = await Promise.all([
    import('../controllers/live.ts'),
    import('../read/follow.ts'),
  ]);
  liveReadingController(document.querySelector<HTMLElement>('.read')!, ctx, readingFollowView(reading));
}
