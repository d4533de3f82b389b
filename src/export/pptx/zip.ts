import { zipSync, type ZipOptions } from 'fflate';
import JSZip from 'jszip';

/**
 * The PowerPoint file's parts, read from the archive pptxgenjs writes and
 * written back once the export has mended them. Read with JSZip, which
 * pptxgenjs writes with and which checks every part's checksum; written with
 * fflate, which deflates as fast as Node's zlib where JSZip takes three to
 * five times as long (bench/pptx.ts).
 */

export interface ZipEntry {
  /** The path in the archive; a folder's ends with `/` and has no data. */
  name: string;
  data: Uint8Array;
}

/** The archive's entries in its central directory's order, folders included; a part whose checksum is wrong throws. */
export async function readZip(file: Uint8Array): Promise<ZipEntry[]> {
  const zip = await JSZip.loadAsync(file, { checkCRC32: true });
  return Promise.all(
    Object.values(zip.files).map(async (entry) => ({
      name: entry.name,
      data: entry.dir ? new Uint8Array() : await entry.async('uint8array'),
    })),
  );
}

/** Already compressed: deflating it again would only cost time. */
const COMPRESSED = /\.(png|jpe?g|gif|woff2?)$/i;

/**
 * The entries as a zip archive, in their order, every one dated with the day
 * given: the same entries make the same archive.
 */
export function zipArchive(entries: ZipEntry[], date: Date): Uint8Array {
  // fflate writes the local time of `mtime` into the archive, and readers read it back as given: the
  // day given, at local midnight, is that day wherever the export runs.
  const mtime = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const files = Object.fromEntries(
    entries.map(({ name, data }): [string, [Uint8Array, ZipOptions]] => [
      name,
      [data, { level: COMPRESSED.test(name) ? 0 : 6, mtime }],
    ]),
  );
  return zipSync(files);
}
