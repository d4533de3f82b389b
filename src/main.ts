import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reveal.css';
import './theme/deck.scss';
import './print/print.css';
import payload from 'virtual:report';
import { revealConfig, viewFromQuery } from './config.ts';
import { createI18n } from './i18n/create.ts';
import { renderDeck } from './render/slides.ts';
import { chartsController } from './controllers/charts.ts';
import { languageController } from './controllers/language.ts';
import { slidePainter } from './controllers/slide-painter.ts';
import { detector, languageFromQuery } from './i18n/initial.ts';
import { languageSwitch } from './controllers/language-switch.ts';
import { modesOf } from './i18n/modes.ts';
import { glossaryController } from './controllers/glossary.ts';
import { sourcesController } from './controllers/sources.ts';
import { nextTask } from './deck/idle.ts';

const languages = payload.meta.languages;
const modes = modesOf(languages);
const root = document.querySelector<HTMLElement>('.reveal')!;
const slides = root.querySelector<HTMLElement>('.slides')!;
// The page's first paint (src/deck/first-paint.ts) has chosen the mode and put that
// language's prerendered slides in place; without it (no prerender), the deck renders them.
const chosen = slides.dataset.mode;
const i18n = await createI18n(payload.resources, languages, chosen ?? languageFromQuery(location.search, modes), chosen ? undefined : detector(modes));
const ctx = { payload, i18n };
if (!slides.dataset.prerendered) slides.replaceChildren(...renderDeck(ctx));
// The first slide is already painted: start-up runs as a few tasks, none blocking the page long.
await nextTask();

const deck = new Reveal(root, { ...revealConfig, ...viewFromQuery(location.search), plugins: [Notes] });
const painter = slidePainter(deck);
languageController(deck, ctx, painter);
// The bilingual mode is prerendered in its first language only: the second is added here.
if (slides.dataset.prerendered && slides.dataset.prerendered !== i18n.language) painter.invalidate();
chartsController(deck, ctx, painter);
glossaryController(deck, ctx);
await deck.initialize();
await nextTask();
languageSwitch(deck, ctx);
sourcesController(deck, ctx);
root.dataset.ready = 'true';
