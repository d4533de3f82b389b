import type { FollowView } from '../live/client/follow.ts';
import type { ReadingView } from './sections.ts';

/** The reading page as a follow view: every section is shown whole, so the slide is the place and fragments are always shown. */
export function readingFollowView(reading: ReadingView): FollowView {
  return {
    goTo(slide) {
      reading.goTo(slide);
    },
    current: () => ({ slide: reading.current(), fragment: -1 }),
    onUserMove: (listener) => reading.onReaderMove((slide) => listener({ slide, fragment: -1 })),
    // The reading page's own listeners are the page's: this view adds none.
    dispose: () => undefined,
  };
}
