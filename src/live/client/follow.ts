import type { RevealApi } from 'reveal.js';

export interface Place {
  slide: string;
  fragment: number;
}

/**
 * What following needs of a view of the deck, whatever it is: reveal.js's
 * slides or its scroll view here, a reading page elsewhere.
 */
export interface FollowView {
  /** Shows a slide (by id) with its fragments up to `fragment` (-1: none). Unknown ids are ignored. */
  goTo(slide: string, fragment: number): void;
  current(): Place;
  /** Called when the reader moves the view themselves, away from where `goTo` last put it; returns what stops it. */
  onUserMove(listener: (at: Place) => void): () => void;
  /** Stops watching the view. */
  dispose(): void;
}

type ScrollAware = RevealApi & { isScrollView?: () => boolean };

/** reveal.js as a follow view, in its slide view and in its scroll view (phones). */
export function revealFollowView(deck: RevealApi): FollowView {
  const listeners = new Set<(at: Place) => void>();
  let target: Place | undefined;
  let moving = false;

  const current = (): Place => ({
    slide: (deck.getCurrentSlide() as HTMLElement | undefined)?.id ?? '',
    fragment: deck.getIndices().f ?? -1,
  });
  // The scroll view shows a slide's fragments as the reader scrolls through it: there, the slide is the place.
  const scrollView = () => (deck as ScrollAware).isScrollView?.() ?? false;
  const atTarget = (at: Place) =>
    target !== undefined && at.slide === target.slide && (scrollView() || at.fragment === target.fragment);
  const changed = () => {
    const at = current();
    // reveal.js writes the slide into the address in its slide view only; a follower's address names the slide in both.
    if (scrollView() && at.slide && location.hash !== `#/${at.slide}`)
      history.replaceState(history.state, '', `#/${at.slide}`);
    if (moving) return;
    if (!atTarget(at)) for (const listener of listeners) listener(at);
  };
  const events = ['slidechanged', 'fragmentshown', 'fragmenthidden'];
  for (const event of events) deck.on(event, changed);

  return {
    goTo(slide, fragment) {
      const section = deck.getRevealElement()?.querySelector<HTMLElement>(`.slides section[id="${CSS.escape(slide)}"]`);
      if (!section) return;
      target = { slide, fragment };
      const { h, v } = deck.getIndices(section);
      // reveal.js raises its events while it moves, before the fragments are set: those are ours, not the reader's.
      moving = true;
      try {
        deck.slide(h, v, fragment);
      } finally {
        moving = false;
      }
    },
    current,
    onUserMove(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      for (const event of events) deck.off(event, changed);
      listeners.clear();
    },
  };
}
