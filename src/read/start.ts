import type { DeckContext } from '../deck/context.ts';
import { languageController } from '../controllers/language.ts';
import { languageSwitch } from '../controllers/language-switch.ts';
import type { Environment } from '../environment.ts';
import { sourcesController } from '../controllers/sources.ts';
import { textElement } from '../render/text.ts';
import { readingSections } from './page.ts';
import { readingPainter } from './painter.ts';
import { readingCharts } from './charts.ts';
import { sectionTracker, type ReadingView } from './sections.ts';
import { closesOnBackdrop, termSheet } from './sheets.ts';

export type { ReadingView } from './sections.ts';

/**
 * The deck as a reading page, for phones and `?view=read`: the slides'
 * own markup as sections of one column, a sticky bar with the language
 * switch, charts laid out for the screen, sources and glossary terms in
 * bottom sheets. It takes the place of `host` (the empty reveal.js frame);
 * reveal.js is never started. Resolves, once the page is at the section the
 * address names, with the interface a live follower drives it by.
 */
export async function startReading(host: HTMLElement, ctx: DeckContext, env: Environment): Promise<ReadingView> {
  const page = document.createElement('div');
  page.className = 'read';
  const bar = document.createElement('header');
  bar.className = 'read-bar';
  bar.append(textElement('p', ctx.payload.deck.title, ctx, 'read-title'));
  const main = document.createElement('main');
  main.className = 'read-main';
  const sections = readingSections(ctx);
  main.append(...sections);
  page.append(bar, main);
  host.replaceWith(page);
  document.documentElement.classList.add('read-view');

  const tracker = sectionTracker(page, sections, bar);
  const painter = readingPainter(() => [bar, ...sections], tracker.keepPlace);
  languageController(undefined, ctx, painter);
  readingCharts(main, ctx, painter);
  languageSwitch(undefined, ctx, env, bar);
  closesOnBackdrop(sourcesController(undefined, ctx, page).dialog);
  termSheet(page, ctx);

  tracker.land();
  // Ready once the font has set the text: the tracker has put the linked section back in place by then.
  await document.fonts.ready;
  page.dataset.ready = 'true';
  return tracker.view;
}
