/**
 * Exports a report's deck, one file per language:
 * `npm run export -- [--report DIR] [--format pdf,pptx,png,long] [--out DIR] [--lang zh,en] [--notes] [--dist DIR]
 * [--scale 1.5] [--slides id,id] [--url URL]`.
 * PDF (the default) prints the built deck in Chromium (`export-pdf.ts`), building it first where
 * needed; so do the slide pictures (`export-png.ts`) and the long picture (`export-long.ts`);
 * PowerPoint is made from the report's data and composition, as the build makes the deck.
 */
import { existsSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Payload } from '../src/deck/payload.ts';
import { slidesOf } from '../src/deck/spec.ts';
import { buildPptx } from '../src/export/pptx/deck.ts';
import { pictureFonts } from '../src/export/pptx/fonts.ts';
import { modesOf } from '../src/i18n/modes.ts';
import { didYouMean } from '../src/deck/check.ts';
import { parseCommand, ROOT, runCommand, UsageError } from './cli.ts';
import { builtDeck, checkedPayload } from './deck-build.ts';
import { removeUnfinishedFiles, size } from './export-browser.ts';
import { exportPdfs, type ExportOptions } from './export-pdf.ts';
import { DEFAULT_SCALE, exportPngs } from './export-png.ts';
import { exportLong } from './export-long.ts';

const FORMATS = ['pdf', 'pptx', 'png', 'long'] as const;
type Format = (typeof FORMATS)[number];

/** The deck's typeface, which the PowerPoint file's chart pictures are drawn in. */
export const FONT_FILES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map((file) =>
  resolve(ROOT, 'node_modules/@expo-google-fonts/noto-sans-sc', file),
);

export function parseFormats(value: string): Format[] {
  const formats = value.split(',').map((f) => f.trim());
  const unknown = formats.filter((f) => !FORMATS.includes(f as Format));
  if (unknown.length || formats.length === 0)
    throw new UsageError(`--format ${value}: the formats are ${FORMATS.join(', ')}`);
  return formats as Format[];
}

/** The languages asked for with `--lang`: any display mode the deck offers (the bilingual one too); each language by default. */
export function parseLanguages(value: string | undefined, languages: readonly string[]): string[] {
  const known = modesOf(languages);
  const asked = value ? value.split(',').map((l) => l.trim()) : [...languages];
  const unknown = asked.filter((l) => !known.includes(l));
  if (unknown.length) throw new UsageError(`--lang ${unknown.join(',')}: the deck's languages are ${known.join(', ')}`);
  return asked;
}

/** `--scale`: how many pixels a picture has per CSS pixel of the 1280×720 slide. */
export function parseScale(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SCALE;
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 4)
    throw new UsageError(`--scale ${value}: a number above 0 and at most 4 (1.5 makes 1920×1080 pictures)`);
  return scale;
}

/** `--slides`: slide ids of the deck, each checked. */
export function parseSlides(value: string | undefined, payload: Payload): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = slidesOf(payload.deck).map((slide) => slide.id);
  const asked = value.split(',').map((id) => id.trim());
  const unknown = asked.find((id) => !ids.includes(id));
  if (unknown !== undefined || asked.length === 0)
    throw new UsageError(
      `--slides ${value}: "${unknown}" is no slide of the deck${didYouMean(unknown ?? '', ids)} (its slides: ${ids.slice(0, 3).join(', ')}, … ${ids.length} in all)`,
    );
  return asked;
}

/** `--url`: the deck's public address, an http(s) URL. */
export function parseUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol))
    throw new UsageError(`--url ${value}: the deck's public address, such as https://example.org/report/`);
  return url.href;
}

export interface ExportedPptx {
  file: string;
  language: string;
  slides: number;
  bytes: number;
  seconds: number;
  pictures: string[];
}

export async function exportPptx(
  options: Pick<ExportOptions, 'out' | 'languages' | 'log'>,
  payload: Payload,
): Promise<ExportedPptx[]> {
  const bilingual = options.languages.filter((l) => !payload.meta.languages.includes(l));
  if (bilingual.length)
    throw new UsageError(
      `--lang ${bilingual.join(',')}: PowerPoint files are made one language each (${payload.meta.languages.join(', ')})`,
    );
  mkdirSync(options.out, { recursive: true });
  const fonts = pictureFonts(FONT_FILES);
  const done: ExportedPptx[] = [];
  for (const language of options.languages) {
    const started = performance.now();
    const built = await buildPptx(payload, language, { fonts });
    const file = join(options.out, `deck.${language}.pptx`);
    // Written under a temporary name first, so a file under the final name is always complete.
    const tmp = `${file}.${process.pid}.part`;
    try {
      writeFileSync(tmp, built.file);
      renameSync(tmp, file);
    } finally {
      if (existsSync(tmp)) unlinkSync(tmp);
    }
    const seconds = (performance.now() - started) / 1000;
    done.push({ file, language, slides: built.slides, bytes: built.file.length, seconds, pictures: built.pictures });
    options.log(
      `${language}: ${built.slides} slides, ${Math.round(built.file.length / 1024)} KB, ${seconds.toFixed(2)} s`,
    );
  }
  return done;
}

async function main(): Promise<void> {
  const { values, report } = parseCommand({
    name: 'export',
    usage:
      '[--report DIR] [--format pdf,pptx,png,long] [--out DIR] [--lang zh,en] [--notes] [--dist DIR] [--scale 1.5] [--slides id,id] [--url URL]',
    options: {
      format: { type: 'string', default: 'pdf' },
      out: { type: 'string', default: 'export' },
      dist: { type: 'string' },
      lang: { type: 'string' },
      notes: { type: 'boolean', default: false },
      scale: { type: 'string' },
      slides: { type: 'string' },
      url: { type: 'string' },
    },
  });
  const formats = parseFormats(values.format ?? 'pdf');
  const folder = report();
  const payload = await checkedPayload(folder);
  const log = console.log;
  const options = {
    out: resolve(folder.cwd, values.out ?? 'export'),
    languages: parseLanguages(values.lang, payload.meta.languages),
    notes: values.notes ?? false,
    log,
  };
  const scale = parseScale(values.scale);
  const slides = parseSlides(values.slides, payload);
  const url = parseUrl(values.url);
  const lines: string[] = [];
  const shown = (file: string) => relative(folder.cwd, file);
  const dist = formats.some((format) => format !== 'pptx') ? await builtDeck(folder, values.dist, log) : '';
  if (formats.includes('pdf')) {
    for (const pdf of await exportPdfs({ ...options, dist }))
      lines.push(`${shown(pdf.file)}  ${pdf.pages} pages  ${size(pdf.bytes)}  ${pdf.seconds.toFixed(1)} s`);
  }
  if (formats.includes('pptx')) {
    const pptxLanguages = values.lang ? options.languages : payload.meta.languages;
    for (const pptx of await exportPptx({ ...options, languages: pptxLanguages }, payload)) {
      const pictures = pptx.pictures.length ? `  charts as pictures: ${pptx.pictures.join(', ')}` : '';
      lines.push(`${shown(pptx.file)}  ${pptx.slides} slides  ${pptx.seconds.toFixed(2)} s${pictures}`);
    }
  }
  if (formats.includes('png')) {
    // Each display mode, the bilingual one too, unless --lang names some.
    const modes = values.lang ? options.languages : modesOf(payload.meta.languages);
    for (const png of await exportPngs({ dist, out: options.out, modes, scale, slides, log }))
      lines.push(
        `${shown(png.dir)}/  ${png.files.length} pictures  ${png.width}×${png.height}  ${png.seconds.toFixed(1)} s`,
      );
  }
  if (formats.includes('long')) {
    for (const long of await exportLong({ dist, out: options.out, modes: options.languages, url, log }))
      lines.push(
        `${long.pictures.map(shown).join(', ')}  ${long.heights.length} part${long.heights.length > 1 ? 's' : ''}  ${shown(long.pdf)}  ${long.seconds.toFixed(1)} s`,
      );
  }
  log('');
  lines.forEach((line) => log(line));
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      removeUnfinishedFiles();
      process.exit(130);
    });
  }
  runCommand('export', main);
}
