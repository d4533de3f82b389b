import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh presenter secret: 144 random bits, 24 URL-safe characters. */
export function newSecret(): string {
  return randomBytes(18).toString('base64url');
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether `given` is the secret, in time that depends on neither: both sides
 * are hashed first, so even their lengths are compared in constant time.
 */
export function secretMatches(given: string, secret: string): boolean {
  return timingSafeEqual(digest(given), digest(secret));
}

/** The characters a secret draws from, by kind, and how many each kind has. */
const KINDS: [RegExp, number][] = [
  [/[a-z]/u, 26],
  [/[A-Z]/u, 26],
  [/[0-9]/u, 10],
  [/[-_]/u, 2],
  [/[^A-Za-z0-9_-]/u, 33],
];

/**
 * A chosen secret's strength, estimated as a guesser who knows which kinds of
 * character it uses would: its length times the bits of one character drawn
 * from those kinds. Repeating a few characters adds length, not strength.
 */
export function secretBits(secret: string): number {
  const characters = [...secret];
  const pool = KINDS.reduce((sum, [kind, size]) => sum + (kind.test(secret) ? size : 0), 0);
  const distinct = new Set(characters).size;
  return pool === 0 ? 0 : Math.min(characters.length, distinct * 2) * Math.log2(pool);
}

/** A generated secret's length: a chosen one must be at least as long. */
export const SECRET_LENGTH = 24;
/** And at least this strong, which every generated secret is (letters and digits alone give 136 bits or more). */
export const MIN_SECRET_BITS = 128;

/** Why a chosen secret (LIVE_TOKEN) is weaker than a generated one, or undefined if it is not. */
export function weakSecret(secret: string): string | undefined {
  const length = [...secret].length;
  const bits = Math.floor(secretBits(secret));
  if (length >= SECRET_LENGTH && bits >= MIN_SECRET_BITS) return undefined;
  return `${length} characters, about ${bits} bits; at least ${SECRET_LENGTH} characters and ${MIN_SECRET_BITS} bits are needed (a generated secret has 144)`;
}
