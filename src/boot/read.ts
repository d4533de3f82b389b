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
import { disposer, type Disposable } from '../disposer.ts';

/**
 * The reading page's start: it attaches to the page the first paint built
 * (or builds it), and follows a presenter where the page was served with a relay.
 * reveal.js is never loaded here. Resolves with what takes the page's controllers down again.
 */
export async function bootReading(env: Environment, view?: View): Promise<Disposable> {
  const ctx = await deckContext(env);
  const life = disposer();
  if (ctx.languages) life.add(ctx.languages.prefetch());
  await nextTask();
  await restOfDeck(ctx, (missing) => document.querySelector('.read-main')?.append(...readingColumn(missing)));
  const reading = await startReading(document.querySelector<HTMLElement>('.reveal'), ctx, env);
  life.add(() => reading.dispose());
  life.add(loadFullFont());
  if (view === 'long') {
    const { longPicture, publicLink } = await import('../read/long.ts');
    await longPicture(document.querySelector<HTMLElement>('.read')!, ctx, publicLink(location.search));
    return { dispose: life.dispose };
  }
  // Before the language button, which stays where the first paint put it.
  const bar = document.querySelector<HTMLElement>('.read-bar');
  if (bar) {
    const print = printButton(ctx);
    bar.insertBefore(print.button, bar.querySelector(':scope > .language-toggle'));
    life.add(print.dispose);
  }
  const live = liveFromPage(document, location);
  if (live) {
    const [{ liveReadingController }, { readingFollowView }] = await Promise.all([
      import('../controllers/live.ts'),
      import('../read/follow.ts'),
    ]);
    const host = document.querySelector<HTMLElement>('.read');
    if (!host) throw new Error('the reading page has no .read to show the live view in');
    const following = liveReadingController(host, ctx, readingFollowView(reading.view));
    life.add(() => following.dispose());
  }
  return { dispose: life.dispose };
}
