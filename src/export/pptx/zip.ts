import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Zip archives read and written with Node's own zlib, for the PowerPoint
 * file's few hundred parts: JSZip deflates in JavaScript, several times slower.
 */

export interface ZipEntry {
  /** The path in the archive; a folder's ends with `/` and has no data. */
  name: string;
  data: Uint8Array;
}

const STORED = 0;
const DEFLATED = 8;
/** Zip 2.0, the version that brought deflate. */
const VERSION = 20;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8 = 0x0800;

/** A date as MS-DOS stores it, in two 16-bit words, at midnight. */
function dosDate(date: Date): { time: number; day: number } {
  return { time: 0, day: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate() };
}

/**
 * The archive's entries in its central directory's order, folders included;
 * stored or deflated, the two ways pptxgenjs (JSZip) writes them.
 */
export function readZip(file: Buffer): ZipEntry[] {
  const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const entries: ZipEntry[] = [];
  let at = file.readUInt32LE(end + 16);
  for (let i = 0; i < file.readUInt16LE(end + 10); i += 1) {
    const method = file.readUInt16LE(at + 10);
    const size = file.readUInt32LE(at + 20);
    const nameLength = file.readUInt16LE(at + 28);
    const local = file.readUInt32LE(at + 42);
    const name = file.toString('utf8', at + 46, at + 46 + nameLength);
    if (method !== STORED && method !== DEFLATED)
      throw new Error(`${name}: zip compression method ${method}, not stored or deflated`);
    const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    const body = file.subarray(start, start + size);
    entries.push({ name, data: method === DEFLATED ? inflateRawSync(body) : body });
    at += 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * The entries as a zip archive, each deflated unless that would not make it
 * smaller (a PNG), every one carrying the one date given: the same entries
 * make the same archive.
 */
export function zipArchive(entries: ZipEntry[], date: Date): Buffer {
  const { time, day } = dosDate(date);
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = entry.data.length ? deflateRawSync(entry.data) : undefined;
    const [method, body] =
      deflated && deflated.length < entry.data.length ? [DEFLATED, deflated] : [STORED, entry.data];
    const flags = name.length === entry.name.length ? 0 : UTF8;
    const crc = crc32(entry.data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, Buffer.from(body.buffer, body.byteOffset, body.byteLength));

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION, 4);
    central.writeUInt16LE(VERSION, 6);
    local.copy(central, 8, 6, 28);
    // A folder's MS-DOS directory attribute.
    central.writeUInt32LE(entry.name.endsWith('/') ? 0x10 : 0, 38);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const size = directory.reduce((sum, b) => sum + b.length, 0);
  if (entries.length > 0xffff || offset + size > 0xffffffff)
    throw new Error('a deck too large for a zip archive without Zip64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
