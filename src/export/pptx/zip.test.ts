import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readZip, zipArchive, type ZipEntry } from './zip.ts';

const entries: ZipEntry[] = [
  {
    name: '[Content_Types].xml',
    data: Buffer.from('<Types>' + '<Override PartName="/ppt/slides/slide1.xml"/>'.repeat(50) + '</Types>'),
  },
  { name: 'ppt/', data: new Uint8Array() },
  { name: 'ppt/media/image-1-1.png', data: randomBytes(4000) },
  { name: 'ppt/slides/幻灯片1.xml', data: Buffer.from('<p:sld>政府工作报告</p:sld>') },
];
const date = new Date('2023-01-09T00:00:00Z');
const plain = (list: ZipEntry[]) => list.map((e) => [e.name, Buffer.from(e.data).toString('base64')]);

describe('the zip archive', () => {
  it('should be read back by JSZip, every entry whole, checksums checked, in order', async () => {
    const zip = await JSZip.loadAsync(zipArchive(entries, date), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(entries.map((e) => e.name));
    for (const entry of entries) {
      const read = zip.file(entry.name);
      if (entry.name.endsWith('/')) expect(zip.files[entry.name]!.dir).toBe(true);
      else expect(Buffer.from(await read!.async('uint8array')).equals(entry.data)).toBe(true);
    }
  });

  it('should date every entry with the day given, deflate what deflating makes smaller, and be the same every time', async () => {
    const archive = zipArchive(entries, date);
    const zip = await JSZip.loadAsync(archive);
    expect(Object.values(zip.files)).toHaveLength(entries.length);
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString().slice(0, 10)).toBe('2023-01-09');
    // The text deflates to almost nothing; the random PNG is stored whole.
    expect(archive.length).toBeLessThan(4000 + 1000);
    expect(archive.length).toBeGreaterThan(4000);
    expect(Buffer.from(zipArchive(entries, date)).equals(Buffer.from(archive))).toBe(true);
  });

  it('should read its own archives and JSZip’s, stored or deflated, into the same entries', async () => {
    expect(plain(await readZip(zipArchive(entries, date)))).toEqual(plain(entries));
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const zip = new JSZip();
      for (const e of entries) if (!e.name.endsWith('/')) zip.file(e.name, e.data);
      const read = await readZip(await zip.generateAsync({ type: 'nodebuffer', compression }));
      expect(plain(read.filter((e) => !e.name.endsWith('/'))), compression).toEqual(
        plain(entries.filter((e) => !e.name.endsWith('/'))),
      );
    }
  });

  it('should refuse an archive whose part does not match its checksum', async () => {
    const zip = new JSZip();
    zip.file('ppt/slides/slide1.xml', '<p:sld>政府工作报告</p:sld>');
    const archive = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    const at = archive.indexOf(Buffer.from('<p:sld>'));
    expect(at).toBeGreaterThan(0);
    archive[at + 1] = 'q'.charCodeAt(0);
    await expect(readZip(archive)).rejects.toThrow(/crc32/i);
  });
});
