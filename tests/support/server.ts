/**
 * A static server over dist/ on 127.0.0.1 for browser tests, with the 404 page for unknown paths.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { assertBuilt, distDir } from './dist.ts';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveDist(): Promise<StaticServer> {
  assertBuilt();
  const serve = sirv(distDir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = readFileSync(path.join(distDir, '404.html'));
  const server: Server = createServer((req, res) => {
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
