import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reveal.css';
import './theme/deck.scss';
import './print/print.css';
import payload from 'virtual:report';
import { isReadingView, READING_MEDIA, revealConfig, viewFromQuery } from './config.ts';
import { createI18n } from './i18n/create.ts';
import { fillNotes, renderDeck } from './render/slides.ts';
import { chartsController } from './controllers/charts.ts';
import { languageController } from './controllers/language.ts';
import { slidePainter } from './controllers/slide-painter.ts';
import { detector, languageFromQuery } from './i18n/initial.ts';
import { languageSwitch } from './controllers/language-switch.ts';
import { modesOf } from './i18n/modes.ts';
import { glossaryController } from './controllers/glossary.ts';
import { sourcesController } from './controllers/sources.ts';
import { nextTask } from './deck/idle.ts';
import { startReading } from './read/start.ts';
import { liveFromPage } from './live/page.ts';
import { liveController, liveReadingController } from './controllers/live.ts';
import { readingFollowView } from './live/follow.ts';
import { browserEnvironment } from './environment.ts';

const env = browserEnvironment();
const languages = payload.meta.languages;
const modes = modesOf(languages);
const root = document.querySelector<HTMLElement>('.reveal')!;
const slides = root.querySelector<HTMLElement>('.slides')!;
// The page's first paint (src/deck/first-paint.ts) has chosen the mode and, for the slides, put that
// language's prerendered slides in place; without it (no prerender), the deck renders them.
const chosen = slides.dataset.mode;
const i18n = await createI18n(payload.resources, languages, chosen ?? languageFromQuery(env.query, modes), chosen ? undefined : detector(modes));
const ctx = { payload, i18n };

const view = viewFromQuery(env.query);
// Only a page served with a relay goes live (the single file has one chunk, so the live code is always there).
// The reading page replaces reveal.js altogether on screens too small for a slide: reveal.js is never initialised there.
// The first paint has left the slides hidden there.
if (isReadingView(view, env.matchesMedia(READING_MEDIA))) {
  const reading = await startReading(root, ctx, env);
  const live = liveFromPage(document, location);
  if (live) liveReadingController(document.querySelector<HTMLElement>('.read')!, ctx, readingFollowView(reading));
} else {
  if (!slides.dataset.prerendered) slides.replaceChildren(...renderDeck(ctx));
  // The first slide is already painted: start-up runs as a few tasks, none blocking the page long.
  await nextTask();
  // The prerendered slides come without speaker notes (they are half the page's text): added before reveal.js reads them.
  if (slides.dataset.prerendered) fillNotes(slides, ctx);

  const deck = new Reveal(root, { ...revealConfig, ...(view === 'scroll' ? { view } : {}), plugins: [Notes] });
  const painter = slidePainter(deck);
  languageController(deck, ctx, painter);
  // The bilingual mode is prerendered in its first language only: the second is added here.
  if (slides.dataset.prerendered && slides.dataset.prerendered !== i18n.language) painter.invalidate();
  chartsController(deck, ctx, painter, env);
  glossaryController(deck, ctx);
  await deck.initialize();
  await nextTask();
  languageSwitch(deck, ctx, env);
  sourcesController(deck, ctx);
  const live = liveFromPage(document, location);
  if (live) liveController(deck, ctx, live);
  root.dataset.ready = 'true';
}
