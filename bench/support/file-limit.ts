import { execFileSync, spawnSync } from 'node:child_process';

/**
 * This process holds a socket per simulated client: when its open-file limit is too low, it runs itself again under a
 * raised one (as far as the hard limit allows), or says what stopped it.
 */
export function withFileLimit(needed: number): void {
  const limit = (flag: string) => Number(execFileSync('sh', ['-c', `ulimit ${flag}`], { encoding: 'utf8' }).trim());
  const soft = limit('-n');
  if (!Number.isFinite(soft) || soft >= needed) return;
  const hard = limit('-Hn');
  if (Number.isFinite(hard) && hard < needed) {
    console.error(
      `bench: ${needed} open files are needed (a socket per follower, and some), but this shell allows ${soft} and at most ${hard} (ulimit -Hn): raise the hard limit, or run fewer followers.`,
    );
    process.exit(1);
  }
  const args = [...process.execArgv, ...process.argv.slice(1)].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const result = spawnSync('sh', ['-c', `ulimit -n ${needed} && exec '${process.execPath}' ${args}`], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
