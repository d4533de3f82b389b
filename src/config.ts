import type { RevealConfig } from 'reveal.js';
import type { DeckQuery } from './environment.ts';

/** reveal.js settings for the deck; every other behaviour is reveal.js's default. */
export const revealConfig: RevealConfig = {
  /** The slide's logical size; reveal.js scales it to the screen, so layouts are designed at 1280×720. */
  width: 1280,
  height: 720,
  /**
   * No room around the slide: on a 16:9 screen it fills the screen, and the openers' bands and the title's
   * accent bar run to its edges; the slide's own padding keeps text off them. Other screens letterbox it
   * on the same paper.
   */
  margin: 0,
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
  /** Never reveal.js's scroll view by width: narrow screens get the reading page instead (`READING_MEDIA`). */
  scrollActivationWidth: 0,
};

/**
 * How the deck is shown: `read` the responsive reading page, `slides` reveal.js
 * on any screen, `scroll` reveal.js's own scroll view (slide-sized pages, for a laptop),
 * `long` the reading page as the long picture (一图读懂) the export shoots.
 */
export type View = 'read' | 'slides' | 'scroll' | 'long';
export const VIEWS: readonly View[] = ['read', 'slides', 'scroll', 'long'];

/** `?view=long&link=…`: the deck's public address, which the long picture's footer gives as text and QR code. */
export const LINK_PARAM = 'link';

/**
 * Where a projected slide can no longer be read: at 767 px wide reveal.js
 * scales the 1280×720 slide to 0.57, content text (18 px) to 10 px; a phone
 * held sideways is wide enough but under 480 px high, which scales it to 0.6.
 * These screens get the reading page.
 */
export const READING_MEDIA = '(max-width: 767px), (pointer: coarse) and (max-height: 479px)';

/**
 * `?view=read|slides|scroll`; any other value is ignored. reveal.js's own
 * pages are always slides: the print view, and the speaker view's slide
 * previews (`?receiver`, frames as narrow as 640 px).
 */
export function viewFromQuery(query: DeckQuery): View | undefined {
  if (query.receiver || query.printPdf) return 'slides';
  return VIEWS.find((view) => view === query.view);
}

/** The reading page when the link asks for it (or for the long picture, made from it), or on a narrow screen unless the link asks for the slides. */
export function isReadingView(view: View | undefined, narrowScreen: boolean): boolean {
  return view === 'read' || view === 'long' || (view === undefined && narrowScreen);
}
