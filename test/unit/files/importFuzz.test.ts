import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../bench/random';
import { createWorkshopBundle, parseImportFile, reassignIds, serializeWorkshop, toEntities, type WorkshopBundle } from '../../../src/domain';
import { counterIds, FIXED_AT, fixedExample } from '../../fixtures/bundles';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ODD_VALUES: Json[] = [null, true, 0, -1, 1e308, -1e308, 1.5, '', 'x'.repeat(300), '2026-13-45', [], {}, [null], { id: 'x' }, '__proto__', 'constructor'];
const POISON_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** Every container in the document with the key (or index) of each value in it. */
function slots(doc: Json): Array<{ parent: Json[] | { [key: string]: Json }; key: string | number }> {
  const out: Array<{ parent: Json[] | { [key: string]: Json }; key: string | number }> = [];
  const walk = (value: Json) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        out.push({ parent: value, key: i });
        walk(item);
      });
    } else if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        out.push({ parent: value, key });
        walk(value[key]!);
      }
    }
  };
  walk(doc);
  return out;
}

function mutate(text: string, next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const doc = JSON.parse(text) as Json;
  const all = slots(doc);
  const rounds = 1 + Math.floor(next() * 3);
  for (let r = 0; r < rounds; r++) {
    const { parent, key } = pick(all);
    const op = pick(['remove', 'retype', 'duplicate', 'poison', 'swap'] as const);
    if (op === 'remove') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (op === 'retype') {
      (parent as Record<string | number, Json>)[key] = pick(ODD_VALUES);
    } else if (op === 'duplicate') {
      const value = (parent as Record<string | number, Json>)[key];
      if (Array.isArray(parent)) parent.push(structuredClone(value ?? null));
      else parent[`${String(key)}_copy`] = structuredClone(value ?? null);
    } else if (op === 'poison') {
      const target = Array.isArray(parent) ? { id: 'p' } : parent;
      Object.defineProperty(target, pick(POISON_KEYS), { value: { polluted: true, id: 'evil' }, enumerable: true, configurable: true, writable: true });
      if (Array.isArray(parent)) parent.push(target);
    } else {
      const other = pick(all);
      const a = (parent as Record<string | number, Json>)[key];
      (parent as Record<string | number, Json>)[key] = (other.parent as Record<string | number, Json>)[other.key] ?? null;
      (other.parent as Record<string | number, Json>)[other.key] = a ?? null;
    }
  }
  const out = JSON.stringify(doc);
  return next() < 0.1 ? out.slice(0, Math.floor(next() * out.length)) : out;
}

const MUTATIONS = 2000;

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

/** Seeded (mulberry32): the same mutations on every run, so a failure names its seed and can be replayed. */
describe('import under a mutation fuzz', { timeout: 60_000 }, () => {
  const small: WorkshopBundle = (() => {
    const example = fixedExample('fz');
    const partnerIds = new Set(example.partners.slice(0, 4).map((p) => p.id));
    const canvasIds = new Set(example.canvases.map((c) => c.id));
    return {
      ...example,
      partners: example.partners.filter((p) => partnerIds.has(p.id)),
      canvases: example.canvases.map((c) => (c.partnerId && !partnerIds.has(c.partnerId) ? { ...c, partnerId: null } : c)),
      notes: example.notes.filter((n) => canvasIds.has(n.canvasId)).slice(0, 8),
      edges: example.edges.filter((e) => [e.from, e.to].every((id) => id === example.workshop.id || partnerIds.has(id))),
      insights: example.insights.map((i) => (i.partnerId && !partnerIds.has(i.partnerId) ? { ...i, partnerId: null } : i)).slice(0, 3),
      enablement: example.enablement.filter((e) => partnerIds.has(e.partnerId)),
      metrics: example.metrics.filter((m) => partnerIds.has(m.partnerId)).slice(0, 6),
      layout: { ...example.layout, positions: Object.fromEntries(Object.entries(example.layout.positions).filter(([id]) => id === example.workshop.id || partnerIds.has(id))) },
    };
  })();
  const seeds = [
    serializeWorkshop(small, FIXED_AT),
    serializeWorkshop(reassignIds(createWorkshopBundle({ title: 'Fuzz', organisation: '', date: '', objectives: [] }, FIXED_AT), counterIds('fb'), FIXED_AT), FIXED_AT),
  ];

  it('the starting files are valid', () => {
    for (const text of seeds) expect(parseImportFile(text).ok).toBe(true);
  });

  it('refuses each of 2,000 mutated files with a message, or accepts it as valid, and never throws or pollutes Object.prototype', () => {
    const before = prototypeKeys();
    const counts = { refused: 0, accepted: 0 };
    for (let seed = 1; seed <= MUTATIONS; seed++) {
      const text = mutate(seeds[seed % seeds.length]!, mulberry32(seed));
      let result: ReturnType<typeof parseImportFile>;
      try {
        result = parseImportFile(text);
      } catch (error) {
        throw new Error(`seed ${seed}: import threw ${String(error)}`, { cause: error });
      }
      if (!result.ok) {
        counts.refused++;
        expect(result.errors.length, `seed ${seed}`).toBeGreaterThan(0);
        for (const line of result.errors) expect(typeof line === 'string' && line.length > 0, `seed ${seed}`).toBe(true);
      } else {
        counts.accepted++;
        // Accepted means valid: it reads back the same, and the stores can take it as it is.
        const [bundle] = result.bundles;
        expect(parseImportFile(serializeWorkshop(bundle!, FIXED_AT)), `seed ${seed}`).toEqual(result);
        expect(() => toEntities(bundle!), `seed ${seed}`).not.toThrow();
      }
      expect(({} as Record<string, unknown>).polluted, `seed ${seed}`).toBeUndefined();
    }
    expect(prototypeKeys()).toEqual(before);
    // Both outcomes happen: the fuzz reaches the checks, and not every change is fatal.
    expect(counts.refused).toBeGreaterThan(500);
    expect(counts.accepted).toBeGreaterThan(100);
  });
});
