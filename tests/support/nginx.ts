/**
 * A real nginx (Debian's package) serving dist/ on 127.0.0.1 with the project's shipped rules
 * (docs/deployment/nginx/snippets/), so the headers tested are the headers deployed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { distDir } from './dist.ts';

const nginxPath = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
export const snippetsDir = path.resolve('docs/deployment/nginx/snippets');

export interface Nginx {
  origin: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(origin: string, child: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx dừng ngay khi khởi động:\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    try {
      await fetch(origin + '/');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx không trả lời tại ${origin}`);
}

/** Serves `root` (dist/ unless a test gives a copy of it) with the shipped rules. */
export async function startNginx(root: string = distDir): Promise<Nginx> {
  if (!existsSync(nginxPath)) {
    throw new Error(
      `Không tìm thấy nginx tại ${nginxPath}. Bài kiểm thử cấu hình máy chủ cần nó:\n` +
        `  sudo apt-get install -y nginx      (Debian/Ubuntu)\n` +
        `hoặc đặt NGINX_PATH=/đường/dẫn/tới/nginx. (.ci/run tự cài.)`,
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-nginx-'));
  cpSync(snippetsDir, path.join(dir, 'snippets'), { recursive: true });
  const port = await freePort();
  const log = path.join(dir, 'error.log');
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      // A root master would hand requests to "nobody"; keep the worker as the test's own user.
      process.getuid?.() === 0 ? 'user root root;' : '',
      'worker_processes 1;',
      'daemon off;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${log} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${root};`,
      '    include snippets/portal.conf;',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(nginxPath, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', log], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await waitForPort(origin, child, log);
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGQUIT');
      }),
  };
}
