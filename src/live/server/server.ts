import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createRelay, type Relay, type RelayOptions } from './relay.ts';
import { RELAY_PATH } from '../protocol.ts';
import { liveMeta, staticDeck } from './static.ts';
import { redisMeeting } from './redis-meeting.ts';

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
  /** A Redis (`redis://host:port/db`) through which this relay shares its meeting with every other relay on it with the same secret. */
  redis?: string;
  /** How long a relay starting waits for Redis before it serves anyway (its followers catch up when Redis answers). */
  redisWaitMs?: number;
}

export interface LiveServer {
  port: number;
  relay: Relay;
  server: Server;
  /** Stops the relay (waiting `graceMs` at most for clients to answer the close) and the server. */
  close(graceMs?: number): Promise<void>;
}

/** Request targets longer than this are answered 414; Node's own limit (the whole head) would drop the connection. */
export const MAX_URL_LENGTH = 8 * 1024;
/** Node reads heads up to this size, so that a long target reaches the 414 above rather than the parser's limit. */
const MAX_HEAD_BYTES = 64 * 1024;

/**
 * Whether the last bytes read of a head over even the raised limit end a request line that was too long: the first
 * line among them ends with the protocol, and is either a whole request line too long itself or the tail of one.
 */
function endsLongRequestLine(chunk: Buffer | undefined): boolean {
  const end = chunk?.indexOf('\r\n') ?? -1;
  if (!chunk || end < 0) return false;
  const line = chunk.subarray(0, end).toString('latin1');
  return / HTTP\/\d\.\d$/.test(line) && (line.length > MAX_URL_LENGTH || !/^[A-Z]+ \S/.test(line));
}

const bare = (status: string) => `HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`;

/**
 * The meeting's keys in Redis are named after its secret, hashed: relays with one secret share one meeting, other
 * secrets on the same Redis are other meetings, and the secret itself is never stored.
 */
export const meetingName = (secret: string) => createHash('sha256').update(secret).digest('hex').slice(0, 16);

/** The deck and its relay on one port: HTTP for the deck, a WebSocket upgrade on `/live` for the relay. */
export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const relay = createRelay(
    options.relay,
    options.redis ? redisMeeting({ url: options.redis, meeting: meetingName(options.relay.secret) }) : undefined,
  );
  await Promise.race([relay.ready, new Promise((done) => setTimeout(done, options.redisWaitMs ?? 2000).unref())]);
  let port = 0;
  const audience = () => options.audienceUrl?.(port) ?? `http://127.0.0.1:${port}/`;
  const deck = options.dist ? staticDeck(resolve(options.dist), () => liveMeta(audience())) : undefined;
  const server = createServer({ maxHeaderSize: MAX_HEAD_BYTES }, (request, response) => {
    if ((request.url?.length ?? 0) > MAX_URL_LENGTH) return void response.writeHead(414).end();
    if (deck) deck(request, response);
    else response.writeHead(404).end();
  });
  server.on('upgrade', (request, socket, head) => {
    if ((request.url?.length ?? 0) > MAX_URL_LENGTH) return void socket.end(bare('414 URI Too Long'));
    if (new URL(request.url ?? '/', 'http://relay').pathname !== RELAY_PATH) return void socket.destroy();
    relay.handleUpgrade(request, socket, head);
  });
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
    if (error.code !== 'HPE_HEADER_OVERFLOW' || !socket.writable) return void socket.destroy();
    socket.end(bare(endsLongRequestLine(error.rawPacket) ? '414 URI Too Long' : '431 Request Header Fields Too Large'));
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '0.0.0.0', () => {
      server.off('error', fail);
      done();
    });
  }).catch(async (error: unknown) => {
    await relay.close(0);
    throw error;
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
