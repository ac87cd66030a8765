/**
 * The W3C Nu Html Checker (vnu, the checker behind validator.w3.org/nu), run
 * over built pages: it parses as browsers do (the WHATWG HTML parsing
 * algorithm), so it sees what html-validate does not, such as a `<script>`
 * after `</html>` ("Stray start tag", a fatal error). The jar comes from the
 * npm package `vnu-jar`; Java from Debian's `default-jre-headless`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One message of vnu's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Messages vnu gives for markup that is right, each with why. Empty today: every error it has reported in our pages
 * was a real fault and was fixed in the markup. Add an exact message only with the reason it is a false positive.
 */
export const NU_FALSE_POSITIVES: readonly { message: string; why: string }[] = [];

/**
 * Path of `vnu.jar` inside the installed `vnu-jar` package (its main module exports the path).
 *
 * @example vnuJar() // '/…/node_modules/vnu-jar/build/dist/vnu.jar'
 * @throws Error when the package is not installed (says to run `npm install`).
 */
export function vnuJar(): string {
  try {
    return String(createRequire(import.meta.url)('vnu-jar'));
  } catch {
    throw new Error('The W3C Nu Html Checker (npm package vnu-jar) is not installed: run `npm install`.');
  }
}

/**
 * Checks HTML files and folders (every `.html` below a folder) in one Java run, which takes seconds to start, and
 * returns
 * every error as `file:line:column: message`, paths relative to the working folder; `[]` when all is valid.
 *
 * @example nuHtmlCheck(['dist']) // [] or ['dist/en/search/index.html:7:301: Stray start tag “script”.']
 * @throws Error when Java is missing (says what to install) or vnu gives no JSON report (with what it printed).
 */
export function nuHtmlCheck(targets: string[]): string[] {
  const run = spawnSync(
    'java',
    ['-jar', vnuJar(), '--format', 'json', '--errors-only', '--skip-non-html', ...targets],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (run.error && 'code' in run.error && run.error.code === 'ENOENT')
    throw new Error(
      'The W3C Nu Html Checker needs Java 11 or newer: install it with `apt-get install default-jre-headless`.',
    );
  // vnu writes its JSON report to standard error and exits with 1 when a page has errors.
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`The W3C Nu Html Checker gave no report (exit ${String(run.status)}):\n${run.stderr}${run.stdout}`);
  }
  return messages
    .filter((message) => !NU_FALSE_POSITIVES.some((known) => known.message === message.message))
    .map(describe);
}

function describe(message: NuMessage): string {
  const file = message.url?.startsWith('file:')
    ? relative(process.cwd(), fileURLToPath(message.url))
    : (message.url ?? '(no file)');
  const where = message.lastLine === undefined ? file : `${file}:${message.lastLine}:${message.firstColumn ?? 1}`;
  const kind = message.subType === 'fatal' ? ' (fatal)' : message.type === 'error' ? '' : ` (${message.type})`;
  return `${where}: ${message.message}${kind}`;
}
