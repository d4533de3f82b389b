import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import type { Environment } from '../environment.ts';
import { revealConfig, type View } from '../config.ts';
import { fillNotes, renderDeck } from '../render/slides.ts';
import { chartsController } from '../controllers/charts.ts';
import { languageController } from '../controllers/language.ts';
import { slidePainter } from '../controllers/slide-painter.ts';
import { languageSwitch } from '../controllers/language-switch.ts';
import { glossaryController } from '../controllers/glossary.ts';
import { sourcesController } from '../controllers/sources.ts';
import { nextTask } from '../idle.ts';
import { liveFromPage } from '../live/client/page.ts';
import { disposer, type Disposable } from '../disposer.ts';
import { deckContext } from './context.ts';
import { restOfDeck } from './rest.ts';
import { loadFullFont } from './fonts.ts';
import { shareControls } from './share.ts';

/**
 * The slides' start: reveal.js and the controllers attached to the slides the
 * first paint put in place (or rendered here without one), as a few tasks
 * rather than one long one, since the first slide is already on screen.
 * Resolves with what takes the deck down again: every controller, then reveal.js.
 */
export async function bootSlides(env: Environment, view: View | undefined): Promise<Disposable> {
  const ctx = await deckContext(env);
  const life = disposer();
  if (ctx.languages) life.add(ctx.languages.prefetch());
  const root = document.querySelector<HTMLElement>('.reveal');
  const slides = root?.querySelector<HTMLElement>(':scope > .slides');
  if (!root || !slides) throw new Error('the page has no .reveal > .slides for the deck');
  if (!slides.dataset.prerendered) slides.replaceChildren(...renderDeck(ctx));
  else await restOfDeck(ctx, (missing) => slides.append(...missing));
  await nextTask();
  // The prerendered slides come without speaker notes (they are half the page's text): added before reveal.js reads them.
  if (slides.dataset.prerendered) fillNotes(slides, ctx);

  const deck = new Reveal(root, { ...revealConfig, ...(view === 'scroll' ? { view } : {}), plugins: [Notes] });
  life.add(() => deck.destroy());
  const keep = <T extends Disposable>(part: T): T => {
    life.add(() => part.dispose());
    return part;
  };
  const painter = keep(slidePainter(deck));
  keep(languageController(deck, ctx, painter));
  // The bilingual mode is prerendered in its first language only: the second is added here.
  if (slides.dataset.prerendered && slides.dataset.prerendered !== ctx.i18n.language) painter.invalidate();
  const charts = keep(chartsController(deck, ctx, painter, env));
  keep(glossaryController(deck, ctx));
  await deck.initialize();
  await nextTask();
  keep(languageSwitch(deck, ctx, env, root));
  keep(sourcesController(deck, ctx, root));
  keep(shareControls(deck, ctx, env, charts.finishAll));
  const live = liveFromPage(document, location);
  if (live) keep((await import('../controllers/live.ts')).liveController(deck, ctx, live));
  root.dataset.ready = 'true';
  life.add(loadFullFont());
  return { dispose: life.dispose };
}
