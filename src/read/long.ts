import QRCode from 'qrcode';
import type { DeckContext } from '../deck/context.ts';
import { longSlides } from '../deck/long.ts';
import { slidesOf } from '../deck/spec.ts';
import { conventionsOf } from '../i18n/engine.ts';
import { languagesOf } from '../i18n/modes.ts';
import { wordsFor } from '../i18n/words.ts';
import { textElement } from '../render/text.ts';
import { LINK_PARAM } from '../config.ts';

/** The public address `?link=` names, when it is an http(s) URL; anything else is quietly none. */
export function publicLink(search: string): string | undefined {
  const value = new URLSearchParams(search).get(LINK_PARAM)?.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The address as people type it: no scheme, no trailing slash. */
const typed = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** `meta.date` (YYYY-MM-DD) in each language the mode shows, the first leading. */
function dateLine(ctx: DeckContext, iso: string): HTMLElement {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const line = document.createElement('p');
  line.className = 'long-date';
  languagesOf(ctx.i18n.language).forEach((language, i) => {
    if (!language) return;
    const monthName = new Intl.DateTimeFormat(conventionsOf(language).tag, { month: 'long', timeZone: 'UTC' }).format(
      date,
    );
    const span = document.createElement('span');
    span.lang = language;
    if (i > 0) span.className = 'second';
    span.textContent = wordsFor(ctx.i18n, language)('ui.long.date', { year, month, day, monthName });
    line.append(span);
  });
  return line;
}

/** The report, its place and its date: what the title slide says, shortened to a heading. */
function head(ctx: DeckContext): HTMLElement {
  const { deck, meta } = ctx.payload;
  const titleSlide = slidesOf(deck).find((slide) => slide.layout === 'title');
  const header = document.createElement('header');
  header.className = 'long-head';
  if (titleSlide?.kicker) header.append(textElement('p', titleSlide.kicker, ctx, 'kicker', { plain: true }));
  header.append(textElement('h1', deck.title, ctx, 'long-title', { plain: true }));
  if (meta.date) header.append(dateLine(ctx, meta.date));
  return header;
}

async function qrCode(url: string, label: string): Promise<SVGSVGElement> {
  const markup = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.classList.add('long-qr');
  return svg;
}

/** Where to read the rest (the link and its QR code, when there is a public address), and where the figures come from. */
async function foot(ctx: DeckContext, link: string | undefined): Promise<HTMLElement> {
  const footer = document.createElement('footer');
  footer.className = 'long-foot';
  if (link) {
    const reach = document.createElement('div');
    reach.className = 'long-link';
    const words = document.createElement('div');
    const address = document.createElement('p');
    address.className = 'long-url';
    address.textContent = typed(link);
    words.append(textElement('p', 'ui.long.scan', ctx, 'long-scan', { plain: true }), address);
    reach.append(await qrCode(link, ctx.i18n.t('ui.long.qr', { url: typed(link) })), words);
    footer.append(reach);
  }
  footer.append(textElement('p', 'ui.long.source', ctx, 'long-source', { plain: true }));
  return footer;
}

/**
 * The reading page as the long picture (一图读懂, `?view=long`): only the
 * slides the composition chose for it (`longSlides`), under a header naming
 * the report and over a footer with its link and the source of its figures.
 * `npm run export -- --format long` shoots it at 750 CSS px wide; the page is
 * marked `data-long="ready"` once it is complete.
 */
export async function longPicture(page: HTMLElement, ctx: DeckContext, link: string | undefined): Promise<void> {
  document.documentElement.classList.add('long-view');
  const main = page.querySelector<HTMLElement>(':scope > .read-main')!;
  const kept = new Set(longSlides(ctx.payload.deck));
  for (const section of main.querySelectorAll<HTMLElement>(':scope > section'))
    if (!kept.has(section.id)) section.remove();
  main.prepend(head(ctx));
  main.append(await foot(ctx, link));
  page.dataset.long = 'ready';
}
