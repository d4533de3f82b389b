import 'reveal.js/reveal.css';
import './theme/deck.scss';
import './print/print.css';
import { isReadingView, READING_MEDIA, viewFromQuery } from './config.ts';
import { browserEnvironment } from './environment.ts';
import { workOffline } from './boot/offline.ts';

const env = browserEnvironment();
const view = viewFromQuery(env.query);
// The page is already painted (src/deck/first-paint.ts). Each view then loads only its own code:
// the reading page, on screens too small for a slide, never loads reveal.js.
if (isReadingView(view, env.matchesMedia(READING_MEDIA))) await (await import('./boot/read.ts')).bootReading(env, view);
else await (await import('./boot/slides.ts')).bootSlides(env, view);
// Once the deck is up: a device that opened it once opens it again offline.
workOffline();
