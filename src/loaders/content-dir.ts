/**
 * An Astro content loader over content/ that takes each collection's entries from the content check
 * (lib/content/checked.ts: the build gate already read and validated every file, so the loader does not
 * read or validate them again), leaves out drafts and records not yet due for publication, strips editors'
 * notes (the manifest's `internal` fields) and personal data past its posting period, and sanitises every
 * rendered body. (Astro's glob loader parses YAML 1.1,
 * which turns 2023-02-30 into 2 March without a word.)
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { collectionDefs, type CollectionDef, type CollectionName } from '../collections.ts';
import { checkedContent, forgetCheckedContent } from '../lib/content/checked.ts';
import { formatProblem } from '../lib/content/check.ts';
import { isPublished, type Publishable } from '../lib/publication.ts';
import { buildDate } from '../lib/dates.ts';
import { publishableEntry } from '../lib/disclosures/personal-data.ts';
import { sanitizeBodyHtml } from '../lib/safe-html.ts';
import { stripInternal } from '../lib/content/internal.ts';

export function contentRoot(): string {
  return path.resolve(process.env['PORTAL_CONTENT_DIR'] ?? 'content');
}

/** Where a collection's files are, as a path under content/. */
const sourcePath = (source: CollectionDef['source']) => ('file' in source ? source.file : source.dir);

export function contentDirLoader(def: CollectionDef): Loader {
  return {
    name: 'portal-content-dir',
    async load(context) {
      const { collection, store, watcher, logger } = context;
      // content.config.ts names each collection as collectionDefs does, so the name finds its checked entries.
      const name = (Object.keys(collectionDefs) as CollectionName[]).find((n) => n === collection);
      if (!name) throw new Error(`Loại nội dung "${collection}" không có trong src/collections.ts`);
      const root = contentRoot();
      const watched = path.join(root, sourcePath(def.source));
      const loadAll = async () => {
        const { problems, content } = checkedContent(root, buildDate());
        const entries = content[name];
        // A file the check had to leave out (unreadable, duplicate id, schema error) stops the collection, as
        // it always did; the build gate has stopped the build before this, so this shows only in `astro dev`.
        const kept = new Set(entries.map((e) => e.file));
        const within = path.relative(process.cwd(), watched);
        const rejected = problems.find((p) => (p.file === within || p.file.startsWith(within + path.sep)) && !kept.has(p.file));
        if (rejected) throw new Error(formatProblem(rejected));
        store.clear();
        for (const entry of entries) {
          // Drafts and records scheduled for later never reach a page, the index, a feed or an export.
          if (!isPublished(entry.data as Publishable, buildDate())) continue;
          // A list past its posting period is stored without its names, files and written body: no page,
          // index, feed or export can publish them (lib/disclosures/personal-data.ts).
          // Editors' notes never reach Astro: no page, index, feed or export can render them.
          const { data: publishable, body } = publishableEntry(stripInternal(entry.data, def.internal), entry.body, buildDate());
          const digest = context.generateDigest({ data: publishable, body: body ?? '' });
          if (body !== undefined) {
            const markdown = await context.renderMarkdown(body);
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
        watcher.add(watched);
        watcher.on(
          'all',
          (_event, changed) =>
            void (async () => {
              if (!path.resolve(changed).startsWith(watched)) return;
              try {
                // References and unique values span collections: the whole folder is checked again (unchanged
                // files come from the reader's cache).
                forgetCheckedContent(root);
                await loadAll();
              } catch (err) {
                logger.error(String(err));
              }
            })(),
        );
      }
    },
  };
}
