import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import type { Environment } from '../environment.ts';
import { isPrintView } from '../deck/reveal.ts';
import { printController } from '../controllers/print.ts';
import { slidePicture } from '../controllers/slide-picture.ts';
import { shareMenu } from '../controllers/share-menu.ts';

/**
 * The ways the deck leaves the presenter's screen: printing (key `E`), the
 * slide as a picture (key `D`), both in the share menu. In the print view,
 * only the print dialog a print request asked for; nothing in the speaker
 * view's slide previews.
 */
export function shareControls(deck: RevealApi, ctx: DeckContext, env: Environment, finishCharts: () => Promise<void>) {
  if (env.query.receiver) return { dispose: () => undefined };
  const printing = printController(deck, ctx);
  if (isPrintView(deck)) return printing;
  let say = (_text: string) => undefined as unknown;
  const picture = slidePicture(deck, ctx, finishCharts, (text) => say(text));
  const menu = shareMenu(deck.getRevealElement() as HTMLElement, ctx, [
    { label: 'ui.share.print', key: 'E', run: printing.print },
    { label: 'ui.share.picture', key: 'D', run: () => void picture.save() },
  ]);
  say = menu.say;
  return {
    dispose: () => {
      menu.dispose();
      picture.dispose();
      printing.dispose();
    },
  };
}
