/**
 * How command-line tools end: content problems are printed one per line and
 * exit 1, never as a stack trace; anything unexpected is printed as one line
 * too, with a hint to rerun with DEBUG=1 for the trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ContentError, formatProblem, type Problem, UserError } from './problems.ts';

/**
 * A tool's command-line options, read by Node's `parseArgs` (`node:util`). An option the tool does not know, or one
 * given without its value, is printed as one line with the tool's usage and ends the tool (exit code 1), never as a
 * stack trace. Example: `commandLine({ options: { port: { type: 'string' } } }, 'npm run preview -- [--port N]')`
 * with `--prot 80` prints "error: Unknown option '--prot'. … usage: npm run preview -- [--port N]".
 */
export function commandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (!String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) throw error;
    console.error(`error: ${(error as Error).message}\nusage: ${usage}`);
    process.exit(1);
  }
}

/** Runs a tool's main function, prints its summary line, and exits with the right code. */
export async function runCli(main: () => string | Promise<string>): Promise<void> {
  try {
    const summary = await main();
    if (summary) console.log(summary);
  } catch (error) {
    if (error instanceof ContentError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error(`${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} found.`);
    } else if (error instanceof UserError) {
      console.error(`error: ${error.message}`);
    } else {
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env['DEBUG']) console.error(error);
      else console.error('(run again with DEBUG=1 to see where it happened)');
    }
    process.exitCode = 1;
  }
}

/** Prints warnings (problems that do not stop anything) to stderr, one line each. */
export function printWarnings(warnings: readonly Problem[]): void {
  for (const warning of warnings) console.error(`warning: ${formatProblem(warning)}`);
}
