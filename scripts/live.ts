/**
 * `npm run live -- [--report DIR]`: builds the report's deck if it has no up-to-date build,
 * serves it with the live relay on one port on every interface, and prints
 * the presenter's and the audience's links and a QR code of the audience's.
 *
 *   --port N (or PORT)             the port; default 8080
 *   --max-followers N (or LIVE_MAX_FOLLOWERS)  the follower cap
 *   LIVE_TOKEN                     the presenter secret, so links survive a restart; otherwise a new one per start
 */
import QRCode from 'qrcode';
import { startLiveServer } from '../src/live/server/server.ts';
import { liveLinks, roomAddress } from '../src/live/server/links.ts';
import { newSecret } from '../src/live/server/secret.ts';
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

async function main() {
  const { values, report } = parseCommand({
    name: 'live',
    usage: '[--report DIR] [--port N] [--max-followers N] [--dist DIR]',
    options: { port: { type: 'string' }, 'max-followers': { type: 'string' }, dist: { type: 'string' } },
  });
  const port = positiveInt('--port', values.port ?? process.env['PORT'], 8080);
  const maxFollowers = positiveInt(
    '--max-followers',
    values['max-followers'] ?? process.env['LIVE_MAX_FOLLOWERS'],
    RELAY_DEFAULTS.maxFollowers,
  );
  const secret = process.env['LIVE_TOKEN'] || newSecret();

  const folder = report();
  await checkedPayload(folder);
  const dist = await builtDeck(folder, values.dist, console.log);

  const address = roomAddress();
  let server;
  try {
    server = await startLiveServer({
      dist,
      port,
      relay: { secret, maxFollowers },
      audienceUrl: (bound) => liveLinks(bound, secret, address).audience,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? `Port ${port} is in use: pick another with --port N.` : String(error));
    process.exit(1);
  }
  const links = liveLinks(server.port, secret, address);
  console.log(`Presenter: ${links.presenter}`);
  console.log(`Audience:  ${links.audience}`);
  if (address === '127.0.0.1') console.log('(no network found: the audience link works on this machine only)');
  console.log(await QRCode.toString(links.audience, { type: 'terminal', small: true }));
  console.log(
    `Followers: at most ${maxFollowers}. ${process.env['LIVE_TOKEN'] ? 'Secret from LIVE_TOKEN.' : 'New secret: set LIVE_TOKEN to keep links across restarts.'} Ctrl-C stops.`,
  );

  const stop = async () => {
    const { dropped, followers } = server.relay.stats();
    console.log(`\nStopping (${followers} following; dropped: ${JSON.stringify(dropped)})`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

runCommand('live', main);
