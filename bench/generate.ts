/**
 * Synthetic content for the benchmark: the project's own content plus N generated records spread over
 * notices, documents and questions, in real Vietnamese sentences drawn from the seed plan and the bundled
 * pages, so pages, index and search bytes look like a real portal's. Deterministic for a given N.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

/** mulberry32: a tiny seeded PRNG, so two runs generate the same site. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentencesFrom(texts: string[]): string[] {
  return texts
    .flatMap((t) =>
      t
        .replace(/<[^>]+>/g, ' ')
        .replace(/\t+/g, ' ')
        .split(/(?<=[.;:])\s+|\n+/),
    )
    .map((s) =>
      s
        .replace(/^[\s\-–•*#>\d.)a-zđ]{0,4}\s/u, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((s) => s.split(' ').length >= 8 && !/\d{6,}/.test(s))
    .map((s) => s.normalize('NFC'));
}

function markdownTexts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8').replace(/^---[\s\S]*?---/, ''));
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

const ids = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => n.replace(/\.yaml$/, ''));

const frontMatter = (data: Record<string, unknown>, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;

export interface Generated {
  notices: number;
  documents: number;
  questions: number;
}

export function generateContent(options: { from: string; to: string; seedsDir: string; count: number }): Generated {
  const { from, to, count } = options;
  cpSync(from, to, { recursive: true });
  const next = random(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentences = sentencesFrom([
    ...readdirSync(options.seedsDir).map((n) => readFileSync(path.join(options.seedsDir, n), 'utf8')),
    ...markdownTexts(from),
  ]);
  const units = ids(path.join(from, 'units'));
  const areas = ids(path.join(from, 'areas'));
  const words = (s: string, n: number) =>
    s
      .split(' ')
      .slice(0, n)
      .join(' ')
      .replace(/[,;:.]$/, '');
  const paragraph = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(sentences)).join(' ');
  const body = () => Array.from({ length: 3 + Math.floor(next() * 4) }, paragraph).join('\n\n');
  const date = () => {
    const y = 2019 + Math.floor(next() * 8);
    const m = 1 + Math.floor(next() * 12);
    const d = 1 + Math.floor(next() * 28);
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  const later = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const types = ['nghi-quyet', 'quyet-dinh', 'ke-hoach', 'thong-bao', 'bao-cao'] as const;
  const counts: Generated = { notices: 0, documents: 0, questions: 0 };
  for (const dir of ['notices', 'documents', 'questions']) mkdirSync(path.join(to, dir), { recursive: true });

  for (let i = 0; i < count; i++) {
    const issuedOn = date();
    const common = {
      title: `${capitalise(words(pick(sentences), 8 + Math.floor(next() * 8)))} (bản ghi thử ${i + 1})`,
      summary: words(pick(sentences), 30),
      issuingAuthority: pick(units),
      ...(next() < 0.7 ? { area: pick(areas) } : {}),
      issuedOn,
      publishedOn: later(issuedOn, Math.floor(next() * 5)),
      sample: true,
    };
    const slot = i % 5;
    if (slot < 2) {
      writeFileSync(path.join(to, 'notices', `thu-nghiem-${i + 1}.md`), frontMatter(common, body()));
      counts.notices++;
    } else if (slot < 4) {
      const type = pick(types);
      const data = {
        ...common,
        number: `${10000 + i}/${type.toUpperCase().slice(0, 2)}-THU`,
        documentType: type,
        signer: { name: 'Người ký mẫu', title: 'Chủ tịch Ủy ban nhân dân' },
      };
      writeFileSync(path.join(to, 'documents', `thu-nghiem-${i + 1}.md`), frontMatter(data, body()));
      counts.documents++;
    } else {
      const answered = next() < 0.8;
      const question = {
        title: common.title,
        question: paragraph(),
        askerArea: 'Người dân (bản ghi thử)',
        channel: pick(['cong-thong-tin', 'he-thong-pakn', 'truc-tiep'] as const),
        askedOn: issuedOn,
        unit: pick(units),
        ...(answered ? { answeredOn: later(issuedOn, 1 + Math.floor(next() * 30)), answer: paragraph() } : {}),
        limitWorkingDays: 10,
        limitBasis: 'Mốc thử cho bản ghi thử',
        sample: true,
      };
      writeFileSync(path.join(to, 'questions', `thu-nghiem-${i + 1}.yaml`), stringify(question, { lineWidth: 0 }));
      counts.questions++;
    }
  }
  return counts;
}
