/**
 * The build gate and the collection loaders share one content check (lib/content/checked.ts): each file
 * is read and validated once per build, and in `astro dev` a changed file is read again.
 */
import { cpSync, mkdtempSync, readFileSync as realReadFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { collectionDefs, type CollectionName } from '../../src/collections.ts';
import { contentGate } from '../../src/integrations/content-gate.ts';
import { contentDirLoader } from '../../src/loaders/content-dir.ts';
import { listFiles } from '../../src/lib/content/read.ts';

// Counts every read of a content file, whichever module does it.
vi.mock('node:fs', async (original) => {
  const actual = await original<typeof import('node:fs')>();
  return { ...actual, readFileSync: vi.fn(actual.readFileSync) };
});

const names = Object.keys(collectionDefs) as CollectionName[];
const root = mkdtempSync(path.join(os.tmpdir(), 'portal-read-once-'));
const logger = { warn: () => {}, error: () => {}, info: () => {} } as Partial<AstroIntegrationLogger> as AstroIntegrationLogger;

type Stored = { id: string; data: Record<string, unknown>; body?: string };
type WatchHandler = (event: string, file: string) => Promise<void>;

/** What Astro gives a loader, with a store to look into, and parseData validating as Astro does. */
function loaderContext(name: CollectionName, stored: Map<string, Stored>) {
  const context: Partial<LoaderContext> = {
    collection: name,
    logger,
    store: { clear: () => stored.clear(), set: (e: Stored) => (stored.set(e.id, e), true) } as Partial<
      LoaderContext['store']
    > as LoaderContext['store'],
    // Validates as Astro's does; the data given stands in for the parsed data, which only the count needs.
    parseData: async ({ data }) => {
      const parsed = collectionDefs[name].schema.safeParse(data);
      if (!parsed.success) throw parsed.error;
      return data;
    },
    renderMarkdown: async (body) => ({ html: body }),
    generateDigest: (data) => JSON.stringify(data).length.toString(),
  };
  return context as LoaderContext;
}

let previousRoot: string | undefined;
beforeAll(() => {
  cpSync(path.resolve('content'), root, { recursive: true });
  previousRoot = process.env['PORTAL_CONTENT_DIR'];
  process.env['PORTAL_CONTENT_DIR'] = root;
});
afterAll(() => {
  if (previousRoot === undefined) delete process.env['PORTAL_CONTENT_DIR'];
  else process.env['PORTAL_CONTENT_DIR'] = previousRoot;
  rmSync(root, { recursive: true, force: true });
});

describe('content read once per build', () => {
  it('reads and validates each content file once between the build gate and the loaders', async () => {
    const reads = vi.mocked(fs.readFileSync);
    reads.mockClear();
    const validations = names.map((n) => vi.spyOn(collectionDefs[n].schema, 'safeParse'));

    await contentGate().hooks['astro:config:setup']!({ command: 'build', logger } as Partial<
      HookParameters<'astro:config:setup'>
    > as HookParameters<'astro:config:setup'>);
    const stored = new Map<CollectionName, Map<string, Stored>>();
    for (const name of names) {
      stored.set(name, new Map());
      await contentDirLoader(collectionDefs[name]).load(loaderContext(name, stored.get(name)!));
    }

    const files = [...listFiles(root, /\.(ya?ml|md)$/)];
    const readCounts = new Map<string, number>();
    for (const [file] of reads.mock.calls) {
      const at = path.resolve(String(file));
      if (at.startsWith(root)) readCounts.set(at, (readCounts.get(at) ?? 0) + 1);
    }
    expect([...readCounts.values()].filter((n) => n > 1)).toEqual([]);
    const validated = validations.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
    expect(validated).toBe(files.filter((f) => !f.includes(`${path.sep}files${path.sep}`)).length);
    expect(stored.get('procedures')!.size).toBeGreaterThan(0);
    for (const spy of validations) spy.mockRestore();
  });

  it('reads a changed file again in astro dev, when the watcher reports it', async () => {
    const handlers: WatchHandler[] = [];
    const watcher = { add: () => watcher, on: (_event: string, handler: WatchHandler) => (handlers.push(handler), watcher) };
    const stored = new Map<string, Stored>();
    // Only add and on are used: a whole chokidar watcher is not needed to report one change.
    const context: LoaderContext = {
      ...loaderContext('units', stored),
      watcher: watcher as unknown as NonNullable<LoaderContext['watcher']>,
    };
    await contentDirLoader(collectionDefs.units).load(context);
    const [unit] = [...stored.values()];
    const file = listFiles(path.join(root, 'units'), /\.yaml$/).find((f) => path.basename(f, '.yaml') === unit!.id)!;
    const before = String(unit!.data['name']);
    writeFileSync(file, realReadFileSync(file, 'utf8').replace(`name: ${before}`, `name: ${before} (đã sửa)`));

    for (const handler of handlers) await handler('change', file);

    expect(stored.get(unit!.id)!.data['name']).toBe(`${before} (đã sửa)`);
  });
});
