import { describe, expect, it } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { liveLinks, roomAddress } from './links.ts';

const net = (address: string, internal: boolean, family: 'IPv4' | 'IPv6' = 'IPv4') =>
  ({ address, internal, family }) as NetworkInterfaceInfo;

describe('live links', () => {
  it.each([
    [
      'the first IPv4 address on a network',
      { lo: [net('127.0.0.1', true)], eth0: [net('fe80::1', false, 'IPv6'), net('192.168.1.23', false)] },
      '192.168.1.23',
    ],
    ['loopback on a machine with no network', { lo: [net('127.0.0.1', true)] }, '127.0.0.1'],
  ])('should give the audience %s', (_name, interfaces, expected) => {
    expect(roomAddress(interfaces)).toBe(expected);
  });

  it('should put the secret in the presenter’s link only', () => {
    const links = liveLinks(8080, 'a+b/c', '192.168.1.23');
    expect(links).toEqual({ presenter: 'http://127.0.0.1:8080/?key=a%2Bb%2Fc', audience: 'http://192.168.1.23:8080/' });
  });
});
