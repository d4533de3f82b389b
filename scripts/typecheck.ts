/**
 * TypeScript, strict: `npm run typecheck [-- --report DIR]` checks the project
 * (engine, its own composition in slides/, the test reports) and, with
 * `--report`, that report's composition, with the project's compiler options
 * (so `report-deck` resolves to the engine's composition types wherever the
 * folder is).
 */
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import type { ReportFolder } from '../src/build/report-folder.ts';
import { parseCommand, ROOT, runCommand } from './cli.ts';

function projectOptions(): ts.CompilerOptions {
  const file = resolve(ROOT, 'tsconfig.json');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, file).options;
}

function report(diagnostics: readonly ts.Diagnostic[], cwd: string): string[] {
  return diagnostics.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${ts.sys.resolvePath(d.file.fileName).replace(`${cwd}/`, '')}:${line + 1}:${character + 1}: ${message}`;
  });
}

/**
 * The type errors of a report's composition, one line each (none: an empty list): the files of the
 * report's folder are checked, the engine's types they import only read.
 */
export function typecheckComposition(folder: ReportFolder): string[] {
  const program = ts.createProgram([folder.composition], { ...projectOptions(), noEmit: true });
  const own = program.getSourceFiles().filter((file) => !relative(folder.dataDir, file.fileName).startsWith('..'));
  const diagnostics = own.flatMap((file) => [
    ...program.getSyntacticDiagnostics(file),
    ...program.getSemanticDiagnostics(file),
  ]);
  return report(diagnostics, folder.cwd);
}

/** The project's own type errors, as `tsc --noEmit -p .` gives them. */
function typecheckProject(): string[] {
  const file = resolve(ROOT, 'tsconfig.json');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, file);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  return report(ts.getPreEmitDiagnostics(program), ROOT);
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  runCommand('typecheck', () => {
    const { values, report: folder } = parseCommand({ name: 'typecheck', usage: '[--report DIR]', options: {} });
    const errors = values.report || process.env['DECK_REPORT'] ? typecheckComposition(folder()) : typecheckProject();
    for (const line of errors) console.error(line);
    if (errors.length) process.exit(1);
  });
}
