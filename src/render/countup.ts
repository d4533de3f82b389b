import { wordsFor } from '../i18n/words.ts';
import { select } from 'd3-selection';
import 'd3-transition';
import { easeCubicOut } from 'd3-ease';
import type { DeckContext } from '../deck/context.ts';
import { renderQuantity, toQuantity } from '../format/units.ts';
import type { Animated } from '../charts/render.ts';
import { primaryLanguage } from '../i18n/modes.ts';

const DURATION = 1100;

/** A big figure that counts up from zero to the stated value, in whatever language is current at each frame. */
export function mountCountUp(element: HTMLElement, ctx: DeckContext): Animated {
  const fact = ctx.payload.facts[element.dataset.fact!]!;
  const show = (k: number) => {
    const language = primaryLanguage(ctx.i18n);
    const q = toQuantity(fact, wordsFor(ctx.i18n, language));
    element.textContent = renderQuantity(q, language, q.amount * k);
  };
  return {
    play(duration = DURATION) {
      const node = select(element);
      node.interrupt('count');
      show(0);
      const t = node
        .transition('count')
        .duration(duration)
        .ease(easeCubicOut)
        .tween('count', () => show);
      return t.end().then(
        () => show(1),
        () => undefined,
      );
    },
    finish() {
      select(element).interrupt('count');
      show(1);
    },
    reset() {
      select(element).interrupt('count');
      show(0);
    },
  };
}
