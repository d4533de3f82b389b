import type { RevealConfig } from 'reveal.js';
import type { DeckQuery } from './environment.ts';

/** reveal.js settings for the deck; every other behaviour is reveal.js's default. */
export const revealConfig: RevealConfig = {
  /** The slide's logical size; reveal.js scales it to the screen, so layouts are designed at 1280×720. */
  width: 1280,
  height: 720,
  /** Room around the slide on screens of another aspect ratio. */
  margin: 0.04,
  /** Slides lay out from the top, so headings stay put from slide to slide. */
  center: false,
  /** The slide's id in the address bar, so a link opens the same slide. */
  hash: true,
  /** The address is replaced, not pushed: the browser's back button leaves the deck rather than stepping through it. */
  history: false,
  /** Fragment steps are not part of a shared link: it opens the slide in its first state. */
  fragmentInURL: false,
  /** Progress bar and slide numbers (current / total) for the presenter and the audience. */
  progress: true,
  slideNumber: 'c/t',
  /** Arrows on screen for touch and mouse users. */
  controls: true,
  /** Quiet transitions: charts carry the motion. */
  transition: 'fade',
  transitionSpeed: 'fast',
  /** One PDF page per slide, fragments in their final state. */
  pdfSeparateFragments: false,
  pdfMaxPagesPerSlide: 1,
  /** Phones read the deck as a scrolling page below this width. */
  scrollActivationWidth: 600,
};

/** `?view=scroll` reads the deck as a scrolling page on any screen; any other value is ignored. */
export function viewFromQuery(query: DeckQuery): Pick<RevealConfig, 'view'> {
  return query.view === 'scroll' ? { view: 'scroll' } : {};
}
