/**
 * An Astro content loader over content/ that reads files with lib/content/read.ts, the same reader the
 * checker uses, leaves out drafts and records not yet due for publication, strips personal data past its
 * posting period, and sanitises every rendered body. (Astro's glob loader parses YAML 1.1, which turns
 * 2023-02-30 into 2 March without a word.)
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { CollectionDef } from '../collections.ts';
import { readCollectionFiles, readEntry } from '../lib/content/read.ts';
import { isPublished, type Publishable } from '../lib/publication.ts';
import { buildDate } from '../lib/dates.ts';
import { publishableEntry } from '../lib/disclosures/personal-data.ts';
import { sanitizeBodyHtml } from '../lib/safe-html.ts';

export function contentRoot(): string {
  return path.resolve(process.env['PORTAL_CONTENT_DIR'] ?? 'content');
}

export function contentDirLoader(def: CollectionDef): Loader {
  return {
    name: 'portal-content-dir',
    async load({ store, parseData, renderMarkdown, generateDigest, watcher, logger }) {
      const root = contentRoot();
      const loadAll = async () => {
        store.clear();
        for (const entry of readCollectionFiles(root, def.source)) {
          if (entry.syntaxErrors.length) {
            throw new Error(`${entry.file}:${entry.syntaxErrors[0]?.line} ${entry.syntaxErrors[0]?.message}`);
          }
          const data = await parseData({ id: entry.id, data: entry.data, filePath: entry.file });
          // Drafts and records scheduled for later never reach a page, the index, a feed or an export.
          if (!isPublished(data as Publishable, buildDate())) continue;
          // A list past its posting period is stored without its names, files and written body: no page,
          // index, feed or export can publish them (lib/disclosures/personal-data.ts).
          const { data: publishable, body } = publishableEntry(data, entry.body, buildDate());
          const digest = generateDigest({ data: publishable, body: body ?? '' });
          if (body !== undefined) {
            const markdown = await renderMarkdown(body);
            // Raw HTML in a body reaches no page unless the allowlist keeps it (see lib/safe-html.ts).
            const rendered = { ...markdown, html: sanitizeBodyHtml(markdown.html) };
            store.set({ id: entry.id, data: publishable, body, filePath: entry.file, digest, rendered });
          } else {
            store.set({ id: entry.id, data: publishable, filePath: entry.file, digest });
          }
        }
      };
      await loadAll();
      if (watcher) {
        const watched = 'file' in def.source ? path.join(root, def.source.file) : path.join(root, def.source.dir);
        watcher.add(watched);
        watcher.on('all', async (_event, changed) => {
          if (!path.resolve(changed).startsWith(watched)) return;
          try {
            readEntry(changed);
            await loadAll();
          } catch (err) {
            logger.error(String(err));
          }
        });
      }
    },
  };
}
