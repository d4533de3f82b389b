import { isIPv6 } from 'node:net';
import { tokenBucket, type TokenBucket } from './rate.ts';

/**
 * Who a connection comes from, for limits per address: an IPv4 address as
 * is (also when it arrives IPv4-mapped), an IPv6 one by its /64, since one
 * machine commonly holds a whole /64.
 */
export function addressOf(remote: string | undefined): string {
  if (!remote) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remote);
  if (mapped) return mapped[1]!;
  const address = remote.replace(/%.*$/, '');
  if (!isIPv6(address)) return address;
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}

/** An IPv6 address's eight groups, "::" filled in, leading zeros dropped. */
function ipv6Groups(address: string): string[] {
  const split = (part: string) => (part ? part.split(':') : []);
  // A dotted IPv4 tail stands for two groups.
  const width = (parts: string[]) => parts.length + (parts.at(-1)?.includes('.') ? 1 : 0);
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = split(head);
  const right = tail === undefined ? [] : split(tail);
  const groups = tail === undefined ? left : [...left, ...Array(8 - width(left) - width(right)).fill('0'), ...right];
  return groups.map((group) => group.replace(/^0+(?=.)/, ''));
}

/** How many connections each address holds. */
export function countsByAddress() {
  const counts = new Map<string, number>();
  return {
    count: (address: string) => counts.get(address) ?? 0,
    add: (address: string) => void counts.set(address, (counts.get(address) ?? 0) + 1),
    remove(address: string) {
      const n = (counts.get(address) ?? 0) - 1;
      if (n > 0) counts.set(address, n);
      else counts.delete(address);
    },
  };
}

/**
 * Wrong presenter secrets, limited per address: `burst` at once, then one per
 * `everyMs`. An address over it is refused before its secret is even
 * compared, so guessing goes no faster than the limit however many
 * connections it opens. Buckets full again are forgotten, and at most `kept`
 * addresses are remembered (the oldest go first).
 */
export function secretAttempts(burst: number, everyMs: number, kept = 10_000) {
  const buckets = new Map<string, TokenBucket>();
  return {
    /** Whether this address may offer a secret now. */
    allowed: (address: string) => buckets.get(address)?.ready() ?? true,
    /** This address offered a wrong one. */
    failed(address: string) {
      let bucket = buckets.get(address);
      if (!bucket) {
        if (buckets.size >= kept) buckets.delete(buckets.keys().next().value!);
        bucket = tokenBucket(1000 / everyMs, burst);
        buckets.set(address, bucket);
      }
      bucket.take();
    },
    /** Forgets the addresses whose allowance is whole again. */
    prune() {
      for (const [address, bucket] of buckets) if (bucket.full()) buckets.delete(address);
    },
    size: () => buckets.size,
  };
}
