import type { DeckContext } from '../deck/context.ts';
import { languageController } from '../controllers/language.ts';
import { languageSwitch } from '../controllers/language-switch.ts';
import type { Environment } from '../environment.ts';
import { sourcesController } from '../controllers/sources.ts';
import { readingBarContent, readingSections } from './page.ts';
import { readingPainter } from './painter.ts';
import { readingCharts } from './charts.ts';
import { sectionTracker, type ReadingView } from './sections.ts';
import { closesOnBackdrop, termSheet } from './sheets.ts';
import { nextTask } from '../idle.ts';
import { disposer, type Disposable } from '../disposer.ts';

export type { ReadingView } from './sections.ts';

/** The reading page once started: where the reader is, and what takes the page's controllers down. */
export interface Reading {
  view: ReadingView;
  dispose(): void;
}

/**
 * The deck as a reading page, for phones and `?view=read`: the slides'
 * own markup as sections of one column, a sticky bar with the language
 * switch, charts laid out for the screen, sources and glossary terms in
 * bottom sheets. It takes the place of `host` (the empty reveal.js frame);
 * reveal.js is never started. Resolves, once the page is at the section the
 * address names, with the interface a live follower drives it by.
 */
export async function startReading(host: HTMLElement | null, ctx: DeckContext, env: Environment): Promise<Reading> {
  // The page's first paint (src/deck/first-paint.ts) has usually built the page from the prerendered slides already.
  let page = document.querySelector<HTMLElement>('.read[data-prerendered]');
  if (!page) {
    page = document.createElement('div');
    page.className = 'read';
    const bar = document.createElement('header');
    bar.className = 'read-bar';
    bar.append(...readingBarContent(ctx));
    const main = document.createElement('main');
    main.className = 'read-main';
    main.append(...readingSections(ctx));
    page.append(bar, main);
    host?.replaceWith(page);
    document.documentElement.classList.add('read-view');
  }
  const bar = page.querySelector<HTMLElement>(':scope > .read-bar');
  const main = page.querySelector<HTMLElement>(':scope > .read-main');
  if (!bar || !main) throw new Error('the reading page has no .read-bar and .read-main');
  const sections = [...main.querySelectorAll<HTMLElement>(':scope > section')];
  const life = disposer();
  const keep = <T extends Disposable>(part: T): T => {
    life.add(() => part.dispose());
    return part;
  };

  // Each part is set up in a task of its own: the page is on screen already, and a reader's tap
  // between them is answered at once (the controls work from the part that sets them up).
  const tracker = sectionTracker(page, sections, bar);
  const painter = readingPainter(() => [bar, ...sections], tracker.keepPlace);
  keep(tracker);
  keep(painter);
  keep(languageController(undefined, ctx, painter));
  // The bilingual mode is prerendered in its first language only: the second is added here.
  if (page.dataset.prerendered && page.dataset.prerendered !== ctx.i18n.language) painter.invalidate();
  await nextTask();
  keep(languageSwitch(undefined, ctx, env, bar));
  await nextTask();
  keep(readingCharts(main, ctx, painter, env));
  await nextTask();
  const sources = keep(sourcesController(undefined, ctx, page));
  life.add(closesOnBackdrop(sources.dialog));
  keep(termSheet(page, ctx));
  await nextTask();

  tracker.land();
  // Ready once the font has set the text: the tracker has put the linked section back in place by then.
  await document.fonts.ready;
  page.dataset.ready = 'true';
  return { view: tracker.view, dispose: life.dispose };
}
