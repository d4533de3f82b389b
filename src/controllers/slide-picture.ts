import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { translatedKeyBinding } from '../deck/reveal.ts';
import { revealConfig } from '../config.ts';

/** Pixels per slide pixel: 1920×1080 from the 1280×720 slide, as `npm run export -- --format png` makes them. */
export const PICTURE_SCALE = 1.5;

/** The picture's file name: the slide's place in the deck, its id and the language, as the export names them. */
export function pictureFileName(index: number, id: string, mode: string): string {
  return `${String(index + 1).padStart(2, '0')}-${id}.${mode}.png`;
}

/** Everything a slide shows once its steps are all taken: every fragment shown, nothing moved or faded. */
function finalState(cloned: Node): void {
  if (!(cloned instanceof HTMLElement) || !cloned.classList.contains('fragment')) return;
  cloned.style.opacity = '1';
  cloned.style.visibility = 'visible';
  cloned.style.transform = 'none';
}

/**
 * The slide on screen as a picture, for a presenter to pass on without the
 * command line: the `D` key (in reveal.js's key list) and the share menu.
 * The slide's charts are finished first; the slide is drawn in the browser
 * (modern-screenshot: its markup and the deck's font into an SVG, the SVG
 * into a canvas), every fragment shown, and downloaded as a PNG.
 */
export function slidePicture(
  deck: RevealApi,
  ctx: DeckContext,
  finishCharts: () => Promise<void>,
  /** Told, in the reader's words, when a picture could not be made. */
  onFailure: (message: string) => void = () => undefined,
) {
  const root = deck.getRevealElement() as HTMLElement;
  const offs: (() => void)[] = [];

  /** The present slide as a PNG data URL. */
  const draw = async (slide: HTMLElement): Promise<string> => {
    await finishCharts();
    // A face is fetched once laid-out text needs it: the finished charts' names may need one still coming.
    void slide.getBoundingClientRect();
    while (document.fonts.status !== 'loaded') await document.fonts.ready;
    const { domToPng } = await import('modern-screenshot');
    const width = revealConfig.width as number;
    const height = revealConfig.height as number;
    return domToPng(slide, {
      width,
      height,
      scale: PICTURE_SCALE,
      backgroundColor: getComputedStyle(document.body).backgroundColor,
      // The slide as laid out, without reveal.js's placing and scaling of it on the screen.
      style: { transform: 'none', left: '0', top: '0', opacity: '1', visibility: 'visible', margin: '0' },
      filter: (node) => !(node instanceof Element && node.matches('aside.notes')),
      onCloneEachNode: finalState,
    });
  };

  const save = async () => {
    const slide = deck.getCurrentSlide() as HTMLElement | undefined;
    if (!slide?.id) return;
    root.dataset.picture = 'drawing';
    try {
      const url = await draw(slide);
      const link = document.createElement('a');
      link.href = url;
      link.download = pictureFileName(deck.getSlides().indexOf(slide), slide.id, ctx.i18n.language);
      link.click();
      root.dataset.picture = 'done';
    } catch {
      root.dataset.picture = 'failed';
      onFailure(ctx.i18n.t('ui.share.picture-failed'));
    }
  };

  offs.push(
    translatedKeyBinding(
      deck,
      ctx.i18n,
      { keyCode: 68, key: 'D' },
      () => ctx.i18n.t('ui.share.picture-key'),
      () => void save(),
    ),
  );
  return { save, dispose: () => offs.forEach((off) => off()) };
}
