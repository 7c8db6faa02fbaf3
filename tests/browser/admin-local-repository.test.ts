/**
 * The editing UI working on a local repository, as an editor on the office computer would: it lists every
 * record from the files, and what it saves after an edit passes the content check and changes only the
 * field that was edited. This is where the UI and the schemas would drift apart, so it is tested in Chromium.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent, formatProblem, type CheckedEntry } from '../../src/lib/content/check.ts';
import type { CollectionName } from '../../src/collections.ts';
import { axeViolations, trackCspViolations, trackForeignRequests } from '../support/browser.ts';
import { distDir } from '../support/dist.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

interface CmsCollection {
  name: CollectionName;
  label: string;
  folder?: string;
  extension?: string;
  files?: { name: string; file: string }[];
}
const config = parse(readFileSync(path.join(distDir, 'admin/config.yml'), 'utf8')) as { collections: CmsCollection[] };

/** content/ as text files, the way the repository holds it (attachments are not needed to edit records). */
const repositoryFiles = readdirSync('content', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(md|ya?ml)$/.test(e.name))
  .map((e) => {
    const file = path.relative('.', path.join(e.parentPath, e.name)).split(path.sep).join('/');
    return { file, text: readFileSync(file, 'utf8') };
  });
const original = checkContent(path.resolve('content'));

const site = siteInBrowser();
let context: BrowserContext;
let page: Page;
let foreign: string[];
let cspViolations: () => Promise<string[]>;
/** Generous: the UI's first load parses a 2 MB bundle, slow on two busy cores. */
const UI_LOADS = { timeout: 60_000 };

/** Reads a file back from the folder the UI was given. */
const readSaved = (file: string) =>
  page.evaluate(async (parts) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('kho');
    for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, file.split('/'));

beforeAll(async () => {
  context = await site.browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
  foreign = await trackForeignRequests(page, site.server.origin);
  cspViolations = await trackCspViolations(page);
  // Chromium's folder picker cannot be driven from a test; the UI is handed a folder in the page's private
  // file system holding a copy of the repository, as the picker would hand it the real one.
  await page.addInitScript(() => {
    Object.assign(window, { showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('kho') });
  });
  await page.goto(`${site.server.origin}/admin/`);
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('kho', { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const { file, text } of files) {
      const parts = file.split('/');
      let dir = root;
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, repositoryFiles);
  await page.getByRole('button', { name: /kho mã nguồn cục bộ/i }).click(UI_LOADS);
  await page.getByRole('treeitem', { name: config.collections.at(-1)!.label, exact: true }).waitFor(UI_LOADS);
}, 120_000);

afterAll(async () => {
  await context?.close();
});

describe('the editing UI on a local repository', () => {
  it('lists every record of every folder, counted from the files', async () => {
    const folders = config.collections.filter((c) => c.folder);
    expect(folders.length).toBeGreaterThan(15);
    for (const c of folders) {
      const files = repositoryFiles.filter((f) => path.posix.dirname(f.file) === c.folder && f.file.endsWith(`.${c.extension}`)).length;
      expect(files, c.label).toBeGreaterThan(0);
      // The counts fill in as the UI reads the folder: wait for the one asserted.
      const shown = page.getByRole('treeitem', { name: c.label, exact: true });
      await expect.poll(async () => Number(/(\d+)\s*$/.exec(await shown.innerText())?.[1]), { message: c.label, ...UI_LOADS }).toBe(files);
    }
  });

  it('passes axe with the collection list open', async () => {
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  /** Every path at which two parsed records differ. */
  function differences(a: unknown, b: unknown, at: string[] = []): string[] {
    if (a === b) return [];
    if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...at, k]));
    }
    return [at.join('.')];
  }
  const valueAt = (data: unknown, dotted: string) => dotted.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], data);

  // One record of every collection, edited the way an editor would: a word added to its first line of prose.
  it.each(config.collections.map((c) => ({ ...c, kind: c.label })))(
    'saves an edited $kind record that passes the check, with only that text changed',
    async (c) => {
      await page.evaluate((name) => {
        location.hash = `#/collections/${name}`;
      }, c.name);
      // The list still shows the previous collection for a moment: wait until this one is selected.
      await expect
        .poll(() => page.getByRole('treeitem', { name: c.label, exact: true }).getAttribute('aria-selected'), UI_LOADS)
        .toBe('true');
      await page.getByRole('row').first().getByRole('gridcell').last().click();
      await page.waitForURL(new RegExp(`/collections/${c.name}/entries/`));
      const slug = decodeURIComponent(page.url().split('/entries/')[1]!);
      const file = c.folder ? `${c.folder}/${slug}.${c.extension}` : c.files!.find((f) => f.name === slug)!.file;
      await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();

      let edited: { input: ReturnType<Page['getByRole']>; value: string } | undefined;
      for (const input of await page.getByRole('textbox').all()) {
        const value = await input.inputValue().catch(() => undefined);
        if (value !== undefined && /\p{L}{2,}\s+\p{L}/u.test(value) && (await input.isVisible()) && (await input.isEditable())) {
          edited = { input, value };
          break;
        }
      }
      expect(edited, `${c.label}: a field of prose to edit`).toBeDefined();
      await edited!.input.fill(`${edited!.value} (sửa)`);
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect.poll(() => readSaved(file), { timeout: 10_000 }).toContain('(sửa)');

      const work = mkdtempSync(path.join(tmpdir(), 'portal-cms-'));
      try {
        cpSync('content', work, { recursive: true });
        writeFileSync(path.join(work, path.relative('content', file)), await readSaved(file));
        const after = checkContent(work);
        expect(after.problems.map(formatProblem)).toEqual([]);
        const find = (entries: CheckedEntry[]) => entries.find((e) => e.file.endsWith(path.relative('content', file)))!;
        const before = find(original.content[c.name]);
        const saved = find(after.content[c.name]);
        const changed = differences(before.data, saved.data);
        expect(changed).toHaveLength(1);
        expect(valueAt(saved.data, changed[0]!)).toBe(`${String(valueAt(before.data, changed[0]!))} (sửa)`);
        expect(saved.body?.trim()).toBe(before.body?.trim());
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );

  it('creates a notice from its form, named from its title, that passes the check', async () => {
    await page.evaluate(() => {
      location.hash = '#/collections/notices';
    });
    await page.getByRole('button', { name: 'Tạo bài viết mới' }).click();
    const title = page.getByRole('textbox', { name: 'Tiêu đề', exact: true });
    await title.waitFor(UI_LOADS);
    // The form is reset once while it loads: type the title again whenever it has lost it, until it keeps
    // it; checked once more just before saving, when the form has long finished loading.
    const wanted = 'Thông báo lịch thu phí vệ sinh môi trường năm 2027';
    const keepTitle = () =>
      expect
        .poll(async () => {
          if ((await title.inputValue()) !== wanted) await title.fill(wanted);
          return title.inputValue();
        }, UI_LOADS)
        .toBe(wanted);
    await keepTitle();
    await page
      .getByRole('textbox', { name: 'Tóm tắt', exact: true })
      .fill('Các tổ dân phố thu phí vệ sinh môi trường năm 2027 theo lịch dưới đây.');
    await page.getByRole('combobox', { name: 'Cơ quan ban hành', exact: true }).click();
    await page.getByRole('option', { name: 'Ủy ban nhân dân phường Phố Hiến', exact: true }).click();
    for (const today of await page.getByRole('button', { name: 'Hôm nay' }).all()) await today.click();
    await keepTitle();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();

    const file = 'content/notices/thong-bao-lich-thu-phi-ve-sinh-moi-truong-nam-2027.md';
    await expect
      .poll(() => readSaved(file).catch(() => ''), { timeout: 10_000 })
      .toContain('title: Thông báo lịch thu phí vệ sinh môi trường năm 2027');
    const work = mkdtempSync(path.join(tmpdir(), 'portal-cms-'));
    try {
      cpSync('content', work, { recursive: true });
      writeFileSync(path.join(work, 'notices', path.basename(file)), await readSaved(file));
      const after = checkContent(work);
      expect(after.problems.map(formatProblem)).toEqual([]);
      const created = after.content.notices.find((e) => e.file.endsWith(path.basename(file)))!;
      // "Hôm nay" is today where the office is.
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
      expect(created.data).toMatchObject({ issuingAuthority: 'ubnd-phuong-pho-hien', issuedOn: today, publishedOn: today });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('loads nothing from another origin and breaks no rule of its policy', async () => {
    expect(foreign).toEqual([]);
    expect(await cspViolations()).toEqual([]);
  });
});
