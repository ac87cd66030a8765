/**
 * Debian's nginx (`apt-get install nginx`) serving a built site with the configuration the build wrote
 * (`_nginx.conf`), included in a server block as the README tells publishers to: run as a child process
 * on a free localhost port, with every file it writes in a scratch folder; never the system service.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { HOST_FILES } from '../src/lib/hosting.ts';

/** Where Debian installs nginx. */
export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** The main configuration: the publisher's part (listen, root) around the generated include. */
function mainConf(dir: string, port: number, site: string, include: string): string {
  return `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${site};
    include ${include};
  }
}
`;
}

/** Whether nginx accepts a configuration (`nginx -t`): its exit status and what it printed. */
export function nginxTest(conf: string, dir: string): { status: number | null; output: string } {
  const run = spawnSync(NGINX, ['-t', '-c', conf, '-p', dir, '-e', join(dir, 'error.log')], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/**
 * Starts nginx over `siteDir` with its `_nginx.conf` (or `include`, another configuration to try);
 * resolves once it accepts connections.
 * @throws Error naming the fix when nginx is missing, or with nginx's own message when it refuses the configuration.
 */
export async function serveWithNginx(
  siteDir: string,
  dir: string,
  include?: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  if (!existsSync(NGINX))
    throw new Error(`nginx not found at ${NGINX}: install it with "apt-get install nginx" (or set NGINX_PATH)`);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    mainConf(resolve(dir), port, resolve(siteDir), resolve(include ?? join(siteDir, HOST_FILES.nginx))),
  );
  const checked = nginxTest(conf, dir);
  if (checked.status !== 0) throw new Error(`nginx refused the configuration:\n${checked.output}`);
  const child: ChildProcess = spawn(NGINX, ['-c', conf, '-p', dir, '-e', join(dir, 'error.log')], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    if (
      await fetch(origin).then(
        () => true,
        () => false,
      )
    )
      break;
    if (tries > 100) throw new Error(`nginx did not answer on ${origin} within 10 s`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    origin,
    close: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGQUIT');
      }),
  };
}
