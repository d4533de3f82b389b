/**
 * What every command shares: `--report DIR` (or DECK_REPORT) names the report
 * folder it works on, `--help` prints its usage, and an error ends it with one
 * line, a broken data file as `file: path: what was expected`.
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { REPORT_ENV, reportFolder, type ReportFolder } from '../src/build/report-folder.ts';
import { DataError } from '../src/report/errors.ts';

export const ROOT = resolve(import.meta.dirname, '..');

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON = {
  report: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

export interface Command<O extends Options> {
  /** As typed after `npm run`. */
  name: string;
  /** The options after `--`, one line. */
  usage: string;
  options: O;
  /** Whether the command takes words that are not options (`npm run new -- DIR`). */
  positionals?: boolean;
}

/** The values of a command's options, typed from their declaration. */
export type Values<O extends Options> = {
  [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : O[K] extends { multiple: true } ? string[] : string;
};

/** A command's error for the person who typed it: one line, no stack. */
export class UsageError extends Error {}

/** The command's options, and the report folder they name; a mistyped option ends it with its usage. */
export function parseCommand<const O extends Options>(command: Command<O>, argv = process.argv.slice(2)) {
  const options = { ...COMMON, ...command.options };
  const usage = `usage: npm run ${command.name} -- ${command.usage}`;
  let parsed: { values: Values<typeof COMMON & O>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: command.positionals ?? false, strict: true }) as never;
  } catch (error) {
    console.error(`${command.name}: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  const given = (parsed.values.report as string | undefined) ?? process.env[REPORT_ENV];
  const report = lazyFolder(given);
  return { values: parsed.values, positionals: parsed.positionals, report };
}

/** The report folder, found when first asked for, so that its errors come out through `runCommand`. */
function lazyFolder(dir: string | undefined): () => ReportFolder {
  let folder: ReportFolder | undefined;
  return () => (folder ??= reportFolder(dir, ROOT));
}

/** Runs a command, printing any error as one line and exiting with 1. */
export function runCommand(name: string, main: () => Promise<void> | void): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      console.error(`${name}: ${describeError(error)}`);
      process.exit(1);
    });
}

/** An error as the one line a person can act on. */
export function describeError(error: unknown): string {
  if (error instanceof DataError || error instanceof UsageError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}
