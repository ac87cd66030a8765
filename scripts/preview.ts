/**
 * `npm run preview`: serves the built site (dist/) at http://localhost:4321/ as the generated nginx
 * configuration does (src/lib/hosting.ts): a folder without its slash answers 301 to the slash form,
 * an unknown address 404 with the 404 page, moved and withdrawn URLs as content/changes.yaml says.
 * Usage: node scripts/preview.ts [--port 4321] [--site dist]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { commandLine, runCli } from '../src/lib/cli.ts';
import { UserError } from '../src/lib/problems.ts';
import { serveDist } from '../src/lib/serve.ts';

runCli(async () => {
  const { values } = commandLine(
    { options: { port: { type: 'string', default: '4321' }, site: { type: 'string', default: 'dist' } } },
    'npm run preview -- [--port N] [--site <folder>]',
  );
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UserError(`--port ${values.port}: must be a port number, e.g. --port 4321`);
  if (!existsSync(join(values.site, 'index.html')))
    throw new UserError(`${values.site}/ is not a built site: run \`npm run build\` first`);
  const { origin } = await serveDist(values.site, { port }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      throw new UserError(`port ${port} is in use: stop what uses it, or choose another with --port`);
    throw error;
  });
  // Printed as localhost, the name people type; the server listens on 127.0.0.1.
  return `serving ${values.site}/ at ${origin.replace('127.0.0.1', 'localhost')}/ (Ctrl+C to stop)`;
});
