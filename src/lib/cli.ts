/**
 * How command-line tools end: content problems are printed one per line and
 * exit 1, never as a stack trace; anything unexpected is printed as one line
 * too, with a hint to rerun with DEBUG=1 for the trace.
 */
import { ContentError, formatProblem, type Problem, UserError } from './problems.ts';

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
