import type * as Crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

const compared: [number, number][] = [];
vi.mock('node:crypto', async (original) => {
  const crypto = await original<typeof Crypto>();
  return {
    ...crypto,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      compared.push([a.byteLength, b.byteLength]);
      return crypto.timingSafeEqual(a, b);
    },
  };
});
const { newSecret, secretMatches, weakSecret } = await import('./secret.ts');

describe('presenter secret', () => {
  it.each([
    ['the secret itself', 's3cret-value', true],
    ['a different secret of the same length', 's3cret-valuE', false],
    ['a prefix of the secret', 's3cret', false],
    ['the secret and more', 's3cret-value-and-more', false],
    ['nothing', '', false],
  ])('should judge %s', (_name, given, expected) => {
    expect(secretMatches(given, 's3cret-value')).toBe(expected);
  });

  it('should compare in constant time: always through timingSafeEqual, on digests of one length', () => {
    compared.length = 0;
    for (const given of ['', 'x', 's3cret', 's3cret-value', 'a'.repeat(1000)]) secretMatches(given, 's3cret-value');
    expect(compared).toEqual(Array.from({ length: 5 }, () => [32, 32]));
  });

  it('should make a new, URL-safe secret each time', () => {
    const secrets = new Set(Array.from({ length: 20 }, newSecret));
    expect(secrets.size).toBe(20);
    for (const secret of secrets) expect(secret).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });
});

describe('a chosen presenter secret (LIVE_TOKEN)', () => {
  it.each([
    ['a word and a year', 'meeting2023'],
    ['24 lowercase letters', 'abcdefghijklmnopqrstuvwx'],
    ['one character repeated', 'a'.repeat(64)],
    ['a few characters repeated', 'abAB12'.repeat(8)],
    ['23 characters of a generated kind', 'Fq8gUEefK-qM5l9GOj1EA6I'],
  ])('should refuse %s as weaker than a generated secret', (_name, secret) => {
    expect(weakSecret(secret)).toMatch(/^\d+ characters, about \d+ bits; at least 24 characters and 128 bits/);
  });

  it.each([
    ['a generated one', 'Fq8gUEefK-qM5l9GOj1EA6Ih'],
    ['a generated one of letters only', 'FqgUEefKqMlGOjEAIhxyzPQR'],
    ['36 random hex digits', '3f9a0c77e21b4d58a6c0e9f12b7d4a8c5e61'],
    ['a long passphrase', 'correct horse battery staple on the 3rd of May'],
  ])('should take %s', (_name, secret) => {
    expect(weakSecret(secret)).toBeUndefined();
  });

  it('should take every generated secret', () => {
    for (let i = 0; i < 200; i++) expect(weakSecret(newSecret())).toBeUndefined();
  });
});
