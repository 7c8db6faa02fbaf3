/**
 * No type escape hatches in src/ outside the allowlist below: `any` (as a type anywhere: `: any`,
 * `<any>`, `as any`, `any[]`), a double cast through unknown (`as unknown as`), and @ts-ignore /
 * @ts-expect-error / @ts-nocheck. Read with the TypeScript parser, so words in comments and strings do
 * not count. The content types come from the schemas (src/collections.ts, CollectionData); a new
 * escape needs a line here with its reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/content/read.ts';

const allowed: { file: string; code: string; reason: string }[] = [
  {
    file: 'src/lib/content/labels.ts',
    code: 'current._zod.def as unknown as Record<string, unknown>',
    reason: "walks zod's internal definitions (innerType, pipe out), which zod types per schema kind without a common index",
  },
  {
    file: 'src/lib/content/labels.ts',
    code: 'schema._zod.def as unknown as Record<string, unknown>',
    reason: "reads shape, element and valueType of zod's internal definitions to find a field's label",
  },
];

interface Escape {
  file: string;
  line: number;
  code: string;
}

/** The TypeScript of a file: the whole file, or an Astro component's front matter. */
function scriptOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return front?.[1] ?? '';
}

function escapesIn(file: string, text: string): Escape[] {
  const source = ts.createSourceFile(
    file,
    scriptOf(file, text),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Escape[] = [];
  const add = (node: ts.Node) =>
    found.push({
      file,
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      code: node.getText(source).replace(/\s+/g, ' '),
    });
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) add(node.parent && ts.isAsExpression(node.parent) ? node.parent : node);
    else if (ts.isAsExpression(node) && ts.isAsExpression(node.expression) && node.expression.type.kind === ts.SyntaxKind.UnknownKeyword)
      add(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const m of scriptOf(file, text).matchAll(/@ts-(ignore|expect-error|nocheck)\b/g)) {
    found.push({ file, line: scriptOf(file, text).slice(0, m.index).split('\n').length, code: m[0] });
  }
  return found;
}

const escapes = listFiles(path.resolve('src'), /\.(ts|tsx|astro|mts)$/).flatMap((f) =>
  escapesIn(path.relative(process.cwd(), f), readFileSync(f, 'utf8')),
);

describe('type escape hatches in src/', () => {
  it('finds none outside the allowlist', () => {
    const unexpected = escapes
      .filter((e) => !allowed.some((a) => a.file === e.file && a.code === e.code))
      .map((e) => `${e.file}:${e.line} ${e.code}`);
    expect(unexpected).toEqual([]);
  });

  it('keeps no stale line in the allowlist', () => {
    const stale = allowed.filter((a) => !escapes.some((e) => a.file === e.file && a.code === e.code)).map((a) => `${a.file} ${a.code}`);
    expect(stale).toEqual([]);
  });

  it('sees any, a cast through unknown and @ts-ignore in code, not in comments or strings', () => {
    const code = [
      '// as any in a comment, as unknown as here too',
      "const note = 'x as any';",
      'const a = value as any;',
      'function f(x: any[]): Record<string, any> { return x as unknown as Record<string, never>; }',
      '// @ts-ignore',
    ].join('\n');
    expect(escapesIn('x.ts', code).map((e) => `${e.line} ${e.code}`)).toEqual([
      '3 value as any',
      '4 any',
      '4 any',
      '4 x as unknown as Record<string, never>',
      '5 @ts-ignore',
    ]);
  });
});
