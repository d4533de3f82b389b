/**
 * `npm run live -- [--report DIR]`: builds the report's deck if it has no up-to-date build,
 * serves it with the live relay on one port on every interface, and prints
 * the presenter's and the audience's links and a QR code of the audience's.
 *
 *   --port N (or PORT)             the port; default 8080
 *   --max-followers N (or LIVE_MAX_FOLLOWERS)  the follower cap
 *   --max-per-address N (or LIVE_MAX_PER_ADDRESS)  followers from one address (a room behind one NAT raises it)
 *   --redis URL (or REDIS_URL)     share the meeting with every relay on that Redis with the same LIVE_TOKEN
 *   --audience URL (or LIVE_AUDIENCE_URL)  the audience link to show, e.g. a load balancer's, for relays behind one
 *   LIVE_TOKEN                     the presenter secret, so links survive a restart; otherwise a new one per start;
 *                                  refused if weaker than a generated one
 */
import QRCode from 'qrcode';
import { startLiveServer } from '../src/live/server/server.ts';
import { liveLinks, roomAddress } from '../src/live/server/links.ts';
import { newSecret, weakSecret } from '../src/live/server/secret.ts';
import { RELAY_DEFAULTS } from '../src/live/server/relay.ts';
import { parseCommand, runCommand } from './cli.ts';
import { builtDeck, checkedPayload } from './deck-build.ts';

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535 * 1000) {
    console.error(`${name} must be a whole number, got "${text}"`);
    process.exit(2);
  }
  return n;
}

function url(name: string, text: string | undefined, protocols: string[]): string | undefined {
  if (text === undefined || text === '') return undefined;
  try {
    if (protocols.includes(new URL(text).protocol)) return text;
  } catch {
    // Answered below, as any other wrong value.
  }
  console.error(`${name} must be a ${protocols.map((p) => `${p}//…`).join(' or ')} URL, got "${text}"`);
  process.exit(2);
}

/** The presenter secret: LIVE_TOKEN if it is as strong as a generated one, else a new one (or none, sharing a meeting). */
function presenterSecret(redis: string | undefined): string {
  const token = process.env['LIVE_TOKEN'];
  if (token) {
    const weak = weakSecret(token);
    if (!weak) return token;
    console.error(`LIVE_TOKEN is weaker than a generated secret: ${weak}.`);
    console.error(`Unset it for a new secret at each start, or set it to a new one, such as: ${newSecret()}`);
    process.exit(2);
  }
  if (redis) {
    console.error('--redis needs LIVE_TOKEN: every relay of a meeting must take the same presenter link.');
    console.error(`Set the same LIVE_TOKEN on each, such as: ${newSecret()}`);
    process.exit(2);
  }
  return newSecret();
}

async function main() {
  const { values, report } = parseCommand({
    name: 'live',
    usage:
      '[--report DIR] [--port N] [--max-followers N] [--max-per-address N] [--redis URL] [--audience URL] [--dist DIR]',
    options: {
      port: { type: 'string' },
      'max-followers': { type: 'string' },
      'max-per-address': { type: 'string' },
      redis: { type: 'string' },
      audience: { type: 'string' },
      dist: { type: 'string' },
    },
  });
  const port = positiveInt('--port', values.port ?? process.env['PORT'], 8080);
  const maxFollowers = positiveInt(
    '--max-followers',
    values['max-followers'] ?? process.env['LIVE_MAX_FOLLOWERS'],
    RELAY_DEFAULTS.maxFollowers,
  );
  const maxPerAddress = positiveInt(
    '--max-per-address',
    values['max-per-address'] ?? process.env['LIVE_MAX_PER_ADDRESS'],
    RELAY_DEFAULTS.maxPerAddress,
  );
  const redis = url('--redis', values.redis ?? process.env['REDIS_URL'], ['redis:', 'rediss:']);
  const audienceUrl = url('--audience', values.audience ?? process.env['LIVE_AUDIENCE_URL'], ['http:', 'https:']);
  const secret = presenterSecret(redis);

  const folder = report();
  await checkedPayload(folder);
  const dist = await builtDeck(folder, values.dist, console.log);

  const address = roomAddress();
  let server;
  try {
    server = await startLiveServer({
      dist,
      port,
      relay: { secret, maxFollowers, maxPerAddress },
      redis,
      audienceUrl: (bound) => audienceUrl ?? liveLinks(bound, secret, address).audience,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? `Port ${port} is in use: pick another with --port N.` : String(error));
    process.exit(1);
  }
  const links = liveLinks(server.port, secret, address);
  const audience = audienceUrl ?? links.audience;
  console.log(`Presenter: ${links.presenter}`);
  console.log(`Audience:  ${audience}`);
  if (address === '127.0.0.1' && !audienceUrl)
    console.log('(no network found: the audience link works on this machine only)');
  console.log(await QRCode.toString(audience, { type: 'terminal', small: true }));
  console.log(
    `Followers: at most ${maxFollowers}, ${maxPerAddress} from one address. ${process.env['LIVE_TOKEN'] ? 'Secret from LIVE_TOKEN.' : 'New secret: set LIVE_TOKEN to keep links across restarts.'} Ctrl-C stops.`,
  );
  if (redis) {
    const { meeting } = server.relay.stats();
    console.log(
      `Meeting shared through ${new URL(redis).host} (${meeting['redis'] === 'in step' ? 'joined' : 'not answering yet: serving alone until it does'}).`,
    );
  }

  const stop = async () => {
    const { dropped, followers, meeting } = server.relay.stats();
    console.log(`\nStopping (${followers} following; dropped: ${JSON.stringify(dropped)})`);
    if (redis) console.log(`Redis: ${JSON.stringify(meeting)}`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

runCommand('live', main);
