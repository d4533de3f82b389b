/**
 * Exports the deck, one file per language: `npm run build && npm run export
 * [-- --format pdf,pptx --out dir --lang zh --notes]`. PDF (the default) prints
 * the built deck in Chromium (`export-pdf.ts`); PowerPoint is made from the
 * report's data and composition, as the build makes the deck.
 */
import { mkdirSync, renameSync, unlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deck } from '../slides/index.ts';
import { loadChecked } from '../src/build/report-plugin.ts';
import { toPayload, type Payload } from '../src/deck/payload.ts';
import { buildPptx } from '../src/export/pptx/deck.ts';
import { pictureFonts } from '../src/export/pptx/fonts.ts';
import { exportPdfs, parseOptions, type ExportOptions } from './export-pdf.ts';

const root = resolve(import.meta.dirname, '..');
const FORMATS = ['pdf', 'pptx'] as const;
type Format = (typeof FORMATS)[number];

/** The deck's typeface, which the PowerPoint file's chart pictures are drawn in. */
export const FONT_FILES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map((file) =>
  resolve(root, 'node_modules/@expo-google-fonts/noto-sans-sc', file),
);

/** The report and its composition, loaded and checked as `npm run build` loads them. */
export function deckPayload(): Payload {
  return toPayload(loadChecked(resolve(root, 'data'), deck, root), deck);
}

/** `--format a,b` out of the arguments, the rest left for the PDF exporter's options. */
export function splitFormat(argv: string[]): { formats: Format[]; rest: string[] } {
  const rest: string[] = [];
  let value = 'pdf';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--format') value = argv[++i] ?? '';
    else if (arg.startsWith('--format=')) value = arg.slice('--format='.length);
    else rest.push(arg);
  }
  const formats = value.split(',').map((f) => f.trim());
  const unknown = formats.filter((f) => !FORMATS.includes(f as Format));
  if (unknown.length || formats.length === 0)
    throw new Error(`--format ${value}: the formats are ${FORMATS.join(', ')}`);
  return { formats: formats as Format[], rest };
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
  payload = deckPayload(),
): Promise<ExportedPptx[]> {
  const bilingual = options.languages.filter((l) => !payload.meta.languages.includes(l));
  if (bilingual.length)
    throw new Error(
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
  const { formats, rest } = splitFormat(process.argv.slice(2));
  const options = parseOptions(rest);
  const lines: string[] = [];
  if (formats.includes('pdf')) {
    for (const pdf of await exportPdfs(options))
      lines.push(`${relative(process.cwd(), pdf.file)}  ${pdf.pages} pages  ${pdf.seconds.toFixed(1)} s`);
  }
  if (formats.includes('pptx')) {
    for (const pptx of await exportPptx(options)) {
      const pictures = pptx.pictures.length ? `  charts as pictures: ${pptx.pictures.join(', ')}` : '';
      lines.push(
        `${relative(process.cwd(), pptx.file)}  ${pptx.slides} slides  ${pptx.seconds.toFixed(2)} s${pictures}`,
      );
    }
  }
  options.log('');
  lines.forEach((line) => options.log(line));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`export failed: ${message.split('\n')[0]}`);
    process.exit(1);
  });
}
