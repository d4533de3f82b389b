import { networkInterfaces } from 'node:os';
import { SECRET_PARAM } from '../protocol.ts';

/**
 * The address phones in the room reach this machine at: its first IPv4
 * address on a network, else loopback (a laptop on no network can still
 * rehearse, with followers in its own browser).
 */
export function roomAddress(interfaces = networkInterfaces()): string {
  for (const list of Object.values(interfaces)) {
    for (const net of list ?? []) if (net.family === 'IPv4' && !net.internal) return net.address;
  }
  return '127.0.0.1';
}

/** The two links `npm run live` prints. The secret is only in the presenter's; the presenter's machine is this one. */
export function liveLinks(port: number, secret: string, address = roomAddress()) {
  return {
    presenter: `http://127.0.0.1:${port}/?${SECRET_PARAM}=${encodeURIComponent(secret)}`,
    audience: `http://${address}:${port}/`,
  };
}
