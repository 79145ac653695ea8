import { describe, expect, it } from 'vitest';
import { parseWorkshopDocument } from '../../../src/domain';
import { BAD_FILES, largeBadFiles, type BadFile } from '../../fixtures/bad-files/corpus';

const text = (file: BadFile) => (typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content));

describe('the bad workshop file corpus', () => {
  const all = [...BAD_FILES, ...largeBadFiles()];

  it('holds at least 30 files with distinct names', () => {
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(new Set(all.map((f) => f.name)).size).toBe(all.length);
    console.log(`bad-file corpus: ${all.length} files tried`);
  });

  it.each(all.map((f) => [f.name, f] as const))('%s is refused with a message that says what and where', (_name, file) => {
    const result = parseWorkshopDocument(text(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.join('\n')).toMatch(new RegExp(file.expect.source, 'im'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
