import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createRelay, type Relay, type RelayOptions } from './relay.ts';
import { RELAY_PATH } from '../protocol.ts';
import { liveMeta, staticDeck } from './static.ts';

export interface LiveServerOptions {
  /** The built deck to serve beside the relay; without it, only the relay answers (as in the benchmark). */
  dist?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Where to listen: every interface by default, so phones in the room reach it. */
  host?: string;
  /** The link the deck shows its audience, for the port actually bound. */
  audienceUrl?: (port: number) => string;
  relay: RelayOptions;
}

export interface LiveServer {
  port: number;
  relay: Relay;
  server: Server;
  /** Stops the relay (waiting `graceMs` at most for clients to answer the close) and the server. */
  close(graceMs?: number): Promise<void>;
}

/** The deck and its relay on one port: HTTP for the deck, a WebSocket upgrade on `/live` for the relay. */
export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const relay = createRelay(options.relay);
  let port = 0;
  const audience = () => options.audienceUrl?.(port) ?? `http://127.0.0.1:${port}/`;
  const deck = options.dist ? staticDeck(resolve(options.dist), () => liveMeta(audience())) : undefined;
  const server = createServer((request, response) => {
    if (deck) deck(request, response);
    else response.writeHead(404).end();
  });
  server.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://relay').pathname !== RELAY_PATH) return void socket.destroy();
    relay.handleUpgrade(request, socket, head);
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '0.0.0.0', () => {
      server.off('error', fail);
      done();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    relay,
    server,
    async close(graceMs?: number) {
      await relay.close(graceMs);
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
