import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const PLACES = ['README.md', 'docs', 'src', 'electron', 'test', 'scripts', 'bench', 'eslint.config.js'];
const TEXT = /\.(ts|tsx|js|mjs|md|json|css|html)$/;
/** Documents that live beside a working copy, not in it: a clone does not have them. */
const OUTSIDE = /\.\.\/shared\/|\b(DESIGN|DOMAIN|BENCHMARKS)\.md\b/;

function* files(path: string): Generator<string> {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path)) if (!['node_modules', 'results', 'fixtures'].includes(name)) yield* files(join(path, name));
  } else if (TEXT.test(path)) yield path;
}

describe('the repository', () => {
  it('points nowhere outside itself (docs/ARCHITECTURE.md holds what a maintainer needs)', () => {
    const hits: string[] = [];
    for (const place of PLACES) {
      for (const file of files(join(root, place))) {
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (OUTSIDE.test(line.replace(/from '\.\.\/shared\/[^']*'/g, ''))) hits.push(`${relative(root, file)}:${i + 1}`);
          });
      }
    }
    expect(hits).toEqual([]);
  });
});
