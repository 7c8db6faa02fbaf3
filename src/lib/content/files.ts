/**
 * The files under content/ themselves, before any field is read: every file is one the site reads (a
 * record in its collection's folder, the locality's settings, an attachment), and no attachment leaves
 * content/files/. Without this a file saved as ".MD" or put in a misspelt folder is silently skipped while
 * the check says all is well, and a symlink or a ".." would publish a file from anywhere on the server.
 */
import { lstatSync, readdirSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';

/** Where attachments live, under the content folder; served at /tep/. */
export const ATTACHMENTS_DIR = 'files';
/** Attachment types the site serves (the same list as the attachment field's pattern). */
export const attachmentExtensions = ['pdf', 'docx', 'xlsx', 'csv', 'jpg', 'png'] as const;

/** What may stand at the top of the content folder: one folder per collection, and single-file settings. */
export interface ContentLayout {
  dirs: Record<string, 'yaml' | 'md'>;
  files: string[];
}

export interface FileProblem {
  /** Path relative to the working directory, for messages. */
  file: string;
  message: string;
}

const SYMLINK = 'là lối tắt (symlink) chứ không phải tệp thật; hãy chép chính tệp vào content/files/';
const EXTENSIONS = { yaml: /\.ya?ml$/, md: /\.md$/ };
const EXPECTED = { yaml: '.yaml hoặc .yml', md: '.md' };
const ATTACHMENT_EXT = new RegExp(`\\.(${attachmentExtensions.join('|')})$`);

function list(dir: string): string[] {
  return readdirSync(dir).sort();
}

/**
 * Every file or folder under the content root that the site would not read, and every symlink (the site
 * never follows one). Hidden entries (".gitkeep", ".DS_Store") are housekeeping and are left alone,
 * unless they are symlinks.
 */
export function contentLayoutProblems(root: string, layout: ContentLayout, cwd = process.cwd()): FileProblem[] {
  const problems: FileProblem[] = [];
  const rel = (p: string) => path.relative(cwd, p) || p;
  const topDirs = [...Object.keys(layout.dirs).sort(), ATTACHMENTS_DIR];
  const expectedTop = `content/ chỉ có các thư mục ${topDirs.join(', ')} và tệp ${layout.files.join(', ')}`;

  const walk = (dir: string, check: (name: string) => string | undefined) => {
    for (const name of list(dir)) {
      const full = path.join(dir, name);
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) {
        problems.push({ file: rel(full), message: SYMLINK });
        continue;
      }
      if (name.startsWith('.')) continue;
      if (stat.isDirectory()) walk(full, check);
      else {
        const message = check(name);
        if (message) problems.push({ file: rel(full), message });
      }
    }
  };

  let top: string[];
  try {
    top = list(root);
  } catch {
    return problems; // a missing content folder is reported as missing settings
  }
  for (const name of top) {
    const full = path.join(root, name);
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) {
      problems.push({ file: rel(full), message: SYMLINK });
      continue;
    }
    if (name.startsWith('.')) continue;
    if (stat.isDirectory()) {
      const format = layout.dirs[name];
      if (name === ATTACHMENTS_DIR) {
        walk(full, (file) =>
          ATTACHMENT_EXT.test(file) ? undefined : `tệp đính kèm phải có đuôi ${attachmentExtensions.slice(0, -1).join(', ')} hoặc ${attachmentExtensions.at(-1)} (chữ thường)`,
        );
      } else if (format) {
        walk(full, (file) => {
          if (!EXTENSIONS[format].test(file)) {
            return `chỉ tệp ${EXPECTED[format]} (chữ thường) trong thư mục này được đọc; đổi đuôi tệp, hoặc chuyển tệp ra khỏi content/`;
          }
          // The reader skips such files (see read.ts); say so rather than let a record vanish.
          if (file.startsWith('_')) return 'tệp có tên bắt đầu bằng "_" không được đọc; đổi tên tệp, hoặc ghi "draft: true" nếu chưa muốn công bố';
          return undefined;
        });
      } else problems.push({ file: rel(full), message: `thư mục không được đọc; ${expectedTop}` });
    } else if (!layout.files.includes(name)) {
      problems.push({ file: rel(full), message: `tệp không được đọc; ${expectedTop}` });
    }
  }
  return problems;
}

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Why an attachment path cannot be served, or undefined if it can: no "..", no symlink on the way, and a
 * real path inside content/files/.
 */
export function attachmentProblem(root: string, file: string, cwd = process.cwd()): string | undefined {
  const segments = file.split(/[\\/]/);
  const inside = 'ghi đường dẫn bên trong content/files/, ví dụ notices/ten-tep.pdf';
  if (segments.includes('..')) return `đường dẫn "${file}" có đoạn ".."; ${inside}`;
  if (path.isAbsolute(file) || segments.some((s) => s === '.' || s === '')) return `đường dẫn "${file}" không hợp lệ; ${inside}`;
  const base = path.join(root, ATTACHMENTS_DIR);
  let at = base;
  for (const segment of segments) {
    at = path.join(at, segment);
    const stat = lstatOrUndefined(at);
    if (!stat) return `không có tệp ${path.relative(cwd, path.join(base, file))}`;
    if (stat.isSymbolicLink()) return `${path.relative(cwd, at)} ${SYMLINK}`;
  }
  if (!lstatSync(at).isFile()) return `không có tệp ${path.relative(cwd, at)}`;
  // Belt and braces: whatever the checks above missed, the real path must stay inside content/files/.
  const real = realpathSync(at);
  if (!real.startsWith(realpathSync(base) + path.sep)) return `tệp ${path.relative(cwd, at)} nằm ngoài content/files/`;
  return undefined;
}

/** The absolute path of an attachment the build may read; throws (in Vietnamese) for any unsafe path. */
export function safeAttachmentPath(root: string, file: string): string {
  const problem = attachmentProblem(root, file);
  if (problem) throw new Error(`Tệp đính kèm "${file}": ${problem}`);
  return path.join(root, ATTACHMENTS_DIR, file);
}
