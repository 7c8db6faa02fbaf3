/** Attachments served by the site from content/files/: where, how big, and their SHA-256 for verification. */
import { createHash } from 'node:crypto';
import { routes } from '../lib/routes.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../loaders/content-dir.ts';
import { safeAttachmentPath } from '../lib/content/files.ts';

export interface AttachmentFile {
  url: string;
  bytes: number;
  sha256: string;
  format: string;
  contentType: string;
}

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  jpg: 'image/jpeg',
  png: 'image/png',
};

const cache = new Map<string, AttachmentFile>();

/** The file to serve; throws for a symlink, "..", or anything resolving outside content/files/ (the check refuses them first). */
export function attachmentPath(file: string): string {
  return safeAttachmentPath(contentRoot(), file);
}

export function attachmentFile(file: string): AttachmentFile {
  let info = cache.get(file);
  if (!info) {
    const bytes = readFileSync(attachmentPath(file));
    const ext = path.extname(file).slice(1).toLowerCase();
    info = {
      url: routes.attachment(file),
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      format: ext.toUpperCase(),
      contentType: TYPES[ext] ?? 'application/octet-stream',
    };
    cache.set(file, info);
  }
  return info;
}
