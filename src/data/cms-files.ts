/** Files of the editing UI, read from the pinned npm packages so the site serves them itself. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { selfHost } from '../lib/cms/self-host.ts';

// The package exports its npm entry (npm/index.js); the browser bundle, chunks and locales sit beside it.
const cmsRoot = () => path.join(path.dirname(fileURLToPath(import.meta.resolve('@sveltia/cms'))), '..');

export const cmsVersion = (): string =>
  (JSON.parse(readFileSync(path.join(cmsRoot(), 'package.json'), 'utf8')) as { version: string }).version;

export const cmsBundle = (): string => selfHost(readFileSync(path.join(cmsRoot(), 'dist', 'sveltia-cms.js'), 'utf8'));

export const cmsChunks = (): string[] => readdirSync(path.join(cmsRoot(), 'dist', 'chunks')).filter((n) => n.endsWith('.js'));
export const cmsChunk = (name: string): Buffer => readFileSync(path.join(cmsRoot(), 'dist', 'chunks', name));

export const cmsLocales = (): string[] =>
  readdirSync(path.join(cmsRoot(), 'locales'))
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.replace(/\.json$/, ''));
export const cmsLocale = (lang: string): Buffer => readFileSync(path.join(cmsRoot(), 'locales', `${lang}.json`));

export const iconFont = (): Buffer => {
  const pkg = path.dirname(fileURLToPath(import.meta.resolve('@fontsource-variable/material-symbols-outlined/wght.css')));
  return readFileSync(path.join(pkg, 'files', 'material-symbols-outlined-latin-wght-normal.woff2'));
};
