/**
 * The W3C Nu HTML Checker (vnu.jar from the vnu-jar package) run on the system's Java. It applies the HTML
 * standard's content models, which html-validate does not (a <style> in <body> that is not its parent's first
 * child, for one). One run over whole folders is one JVM start, so the site test checks every page at once.
 * A missing Java fails the test loudly rather than skipping it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const javaPath = process.env['JAVA_PATH'] ?? '/usr/bin/java';
// The package's main export is the jar's path; its own launcher would download a Java runtime, which we never want.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** One message of the checker about one file. */
export interface NuMessage {
  /** The file it is about, as an absolute path. */
  file: string;
  line: number;
  column: number;
  message: string;
}

interface NuJson {
  messages: { type: string; url?: string; lastLine?: number; firstColumn?: number; lastColumn?: number; message: string }[];
}

/** The errors (not warnings) the checker finds in the HTML files under `dirs`. */
export function nuErrors(dirs: string[]): NuMessage[] {
  if (!existsSync(javaPath)) {
    throw new Error(
      `Không tìm thấy Java tại ${javaPath}. Bài kiểm thử HTML theo chuẩn W3C (vnu.jar) cần nó:\n` +
        `  sudo apt-get install -y default-jre-headless      (Debian/Ubuntu; npm test tự cài khi chạy bằng root)\n` +
        `hoặc đặt JAVA_PATH=/đường/dẫn/tới/java. (.ci/run tự cài.)`,
    );
  }
  // A run of seconds gains nothing from the optimising compiler: the quick one alone halves the CPU time
  // (measured: 6 s instead of 12.6 s for the whole site). Its larger stack frames need a larger stack, or
  // the checker stops with a StackOverflowError while evaluating its HTML schema.
  const jvm = ['-XX:TieredStopAtLevel=1', '-Xss8m'];
  const run = spawnSync(javaPath, [...jvm, '-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', ...dirs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  // The report goes to stderr; the exit code is 1 when there are errors, so it says nothing more than the report.
  let report: NuJson;
  try {
    report = JSON.parse(run.stderr) as NuJson;
  } catch {
    throw new Error(`vnu.jar không trả về báo cáo JSON (mã thoát ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  return report.messages.map((m) => ({
    file: m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? ''),
    line: m.lastLine ?? 0,
    column: m.firstColumn ?? m.lastColumn ?? 0,
    message: `${m.type === 'error' ? '' : `${m.type}: `}${m.message}`,
  }));
}

/** "page:line:column: message", the page named by its URL path under `root` when it lies there. */
export function formatNuMessage(m: NuMessage, root: string): string {
  const rel = path.relative(root, m.file).split(path.sep).join('/');
  const page = rel.startsWith('..') ? m.file : '/' + rel.replace(/(^|\/)index\.html$/, '$1');
  return `${page}:${m.line}:${m.column}: ${m.message}`;
}
