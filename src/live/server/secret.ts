import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh presenter secret: 144 random bits, URL-safe. */
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
