import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

/** Lints two real files that import each other, with the project's own eslint.config.js. */
async function lintPair(a: string, b: string): Promise<string[]> {
  const dir = join(root, 'src', `cycle-probe-${crypto.randomUUID()}`);
  mkdirSync(dir);
  try {
    writeFileSync(join(dir, 'a.ts'), a);
    writeFileSync(join(dir, 'b.ts'), b);
    const results = await new ESLint({ cwd: root }).lintFiles([join(dir, 'a.ts'), join(dir, 'b.ts')]);
    return results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'import-x/no-cycle').map((m) => m.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('import cycles', { timeout: 60_000 }, () => {
  it('fail the lint', async () => {
    const messages = await lintPair("import { b } from './b';\nexport const a = () => b;\n", "import { a } from './a';\nexport const b = () => a;\n");
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages[0]).toMatch(/cycle/i);
  });

  it('leave one-way imports and type-only imports alone', async () => {
    const messages = await lintPair("import { b } from './b';\nexport const a = () => b;\nexport type A = number;\n", "import type { A } from './a';\nexport const b = (x: A) => x;\n");
    expect(messages).toEqual([]);
  });
});
