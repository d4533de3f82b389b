/**
 * The benchmark's baseline: reveal.js alone, no plugins, no fonts of its own,
 * text-only slides written into index.html at build time. It signals readiness
 * the way the deck does, so the benchmark measures both alike.
 */
import Reveal from 'reveal.js';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
/** A stock theme that loads no font (white.css embeds ~575 KB of them; simple.css fetches Google Fonts). */
import 'reveal.js/theme/serif.css';

const root = document.querySelector<HTMLElement>('.reveal')!;
const deck = new Reveal(root, {
  width: 1280,
  height: 720,
  center: false,
  hash: true,
  progress: true,
  slideNumber: 'c/t',
  controls: true,
  transition: 'fade',
  transitionSpeed: 'fast',
});
await deck.initialize();
root.dataset.ready = 'true';
