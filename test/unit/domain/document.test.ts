import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_WORKSHOP_FILE_BYTES,
  WORKSHOP_FORMAT,
  WORKSHOP_FORMAT_VERSION,
  createExampleWorkshop,
  parseWorkshopDocument,
  serializeWorkshop,
  toEntities,
  type RestoreResult,
} from '../../../src/domain';
import { clone, fixedExample } from '../../fixtures/bundles';

const EXPORTED_AT = '2026-03-05T17:45:00.000Z';

function errorsOf(result: RestoreResult): string[] {
  if (result.ok) throw new Error('expected parsing to fail');
  return result.errors;
}

function okOf(result: RestoreResult) {
  if (!result.ok) throw new Error(`expected parsing to succeed: ${result.errors.join('; ')}`);
  return result;
}

/** A serialized example as a plain object, to be broken in one place and re-serialized. */
function docObject(): Record<string, unknown> {
  return JSON.parse(serializeWorkshop(fixedExample(), EXPORTED_AT)) as Record<string, unknown>;
}

describe('serializeWorkshop', () => {
  it('writes one JSON document with format, version and export time on top of the bundle', () => {
    const bundle = fixedExample();
    const doc = JSON.parse(serializeWorkshop(bundle, EXPORTED_AT)) as Record<string, unknown>;
    expect(doc.format).toBe(WORKSHOP_FORMAT);
    expect(doc.format).toBe('partnerscape-workshop');
    expect(doc.version).toBe(WORKSHOP_FORMAT_VERSION);
    expect(doc.exportedAt).toBe(EXPORTED_AT);
    expect(Object.keys(doc).slice(0, 3)).toEqual(['format', 'version', 'exportedAt']);
    expect(doc.workshop).toEqual(bundle.workshop);
    expect(doc.notes).toEqual(bundle.notes);
  });
});

describe('serialize → parse', () => {
  it('round-trips the example workshop deep-equal, in order', () => {
    const bundle = fixedExample();
    const result = okOf(parseWorkshopDocument(serializeWorkshop(bundle, EXPORTED_AT)));
    expect(result.repairs).toEqual([]);
    expect(result.bundle).toStrictEqual(bundle);
    expect(result.bundle.notes.map((n) => n.id)).toEqual(bundle.notes.map((n) => n.id));
  });

  it('round-trips a freshly generated example and non-ASCII text', () => {
    const bundle = createExampleWorkshop();
    bundle.notes[0]!.text = 'Zusammenarbeit – 協業 – تعاون – 🤝 "quoted" \\ back\nslash';
    const result = okOf(parseWorkshopDocument(serializeWorkshop(bundle, EXPORTED_AT)));
    expect(result.bundle).toStrictEqual(bundle);
  });

  it('is stable: re-serializing the parsed bundle gives the same document', () => {
    const text = serializeWorkshop(fixedExample(), EXPORTED_AT);
    const again = serializeWorkshop(okOf(parseWorkshopDocument(text)).bundle, EXPORTED_AT);
    expect(JSON.parse(again)).toStrictEqual(JSON.parse(text));
  });
});

describe('parseWorkshopDocument rejects', () => {
  it('malformed JSON', () => {
    const errors = errorsOf(parseWorkshopDocument('{ "format": "partnerscape-workshop", version: 1 }'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^The file is not valid JSON/);
  });

  it('truncated JSON', () => {
    const text = serializeWorkshop(fixedExample(), EXPORTED_AT);
    for (const cut of [1, Math.floor(text.length / 2), text.length - 1]) {
      expect(errorsOf(parseWorkshopDocument(text.slice(0, cut)))[0]).toMatch(/not valid JSON \(it may be truncated or damaged\)/);
    }
    expect(errorsOf(parseWorkshopDocument(''))[0]).toMatch(/not valid JSON/);
  });

  it('JSON that is not an object', () => {
    for (const text of ['null', '42', '"partnerscape-workshop"', '[]', '[{"format":"partnerscape-workshop"}]']) {
      expect(errorsOf(parseWorkshopDocument(text))).toEqual(['The file does not hold a workshop document.']);
    }
  });

  it('a wrong or missing format', () => {
    const doc = docObject();
    doc.format = 'trello-board';
    expect(errorsOf(parseWorkshopDocument(JSON.stringify(doc)))[0]).toMatch(/^format: expected "partnerscape-workshop", found "trello-board"/);
    delete doc.format;
    expect(errorsOf(parseWorkshopDocument(JSON.stringify(doc)))[0]).toMatch(/^format: .*found null/);
  });

  it('a newer version, telling the user to update', () => {
    const doc = docObject();
    doc.version = WORKSHOP_FORMAT_VERSION + 1;
    const [message] = errorsOf(parseWorkshopDocument(JSON.stringify(doc)));
    expect(message).toMatch(new RegExp(`^version: the file is format version ${WORKSHOP_FORMAT_VERSION + 1}`));
    expect(message).toMatch(/Update the app/);
  });

  it.each([[1.5], ['1'], [null], [0], [-1], [true]])('a version that is not a whole number ≥ 1 (%j)', (version) => {
    const doc = docObject();
    doc.version = version;
    expect(errorsOf(parseWorkshopDocument(JSON.stringify(doc)))).toEqual(['version: missing or not a whole number.']);
  });

  it('a missing version', () => {
    const doc = docObject();
    delete doc.version;
    expect(errorsOf(parseWorkshopDocument(JSON.stringify(doc)))).toEqual(['version: missing or not a whole number.']);
  });

  it('wrong types, naming the path', () => {
    const doc = docObject();
    const partners = doc.partners as Array<{ scores: Record<string, unknown> }>;
    partners[2]!.scores.alignment = 'high';
    const errors = errorsOf(parseWorkshopDocument(JSON.stringify(doc)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^partners\[2\]\.scores\.alignment: /);
  });

  it('dangling references (files are strict, never repaired)', () => {
    const doc = docObject();
    (doc.notes as Array<{ canvasId: string }>)[7]!.canvasId = 'deleted-canvas';
    expect(errorsOf(parseWorkshopDocument(JSON.stringify(doc)))).toEqual([
      'notes[7].canvasId: refers to canvas "deleted-canvas", which is not in the file',
    ]);
  });

  it('duplicate IDs', () => {
    const doc = docObject();
    const tiers = doc.tiers as Array<{ id: string }>;
    tiers[2]!.id = tiers[0]!.id;
    expect(errorsOf(parseWorkshopDocument(JSON.stringify(doc)))).toEqual([`tiers[2].id: "${tiers[0]!.id}" is used twice`]);
  });

  it('a file over the size limit, before parsing it', () => {
    const text = ' '.repeat(MAX_WORKSHOP_FILE_BYTES + 1);
    expect(errorsOf(parseWorkshopDocument(text))[0]).toMatch(/workshop files are at most 50 MB/);
  });
});

describe('parseWorkshopDocument and __proto__ keys', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  function hostile(): string {
    const text = serializeWorkshop(fixedExample(), EXPORTED_AT);
    const poison = '"__proto__": { "polluted": "yes" }, ';
    return text
      .replace('{\n  "format"', `{ ${poison}\n  "format"`)
      .replace('"workshop": {', `"workshop": { ${poison}`)
      .replace('"scores": {', `"scores": { ${poison}`)
      .replace('"positions": {', `"positions": { "__proto__": { "x": 1, "y": 2, "polluted": "yes" }, `);
  }

  it('builds a hostile document that really carries own __proto__ keys', () => {
    const raw = JSON.parse(hostile()) as Record<string, unknown>;
    expect(Object.hasOwn(raw, '__proto__')).toBe(true);
    expect(Object.hasOwn(raw.workshop as object, '__proto__')).toBe(true);
    expect(Object.hasOwn((raw.layout as { positions: object }).positions, '__proto__')).toBe(true);
  });

  it('does not pollute prototypes and drops the keys from the result', () => {
    const { bundle } = okOf(parseWorkshopDocument(hostile()));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    const objects: object[] = [bundle, bundle.workshop, bundle.partners[0]!.scores, bundle.layout, bundle.layout.positions];
    for (const object of objects) {
      expect(Object.hasOwn(object, '__proto__')).toBe(false);
      expect((object as Record<string, unknown>).polluted).toBeUndefined();
      expect([Object.prototype, null]).toContain(Object.getPrototypeOf(object));
    }
    expect(Object.keys(bundle.layout.positions)).toHaveLength(1 + bundle.partners.length);
    // and the keyed form the stores use is not affected either
    const entities = toEntities(bundle);
    expect((entities.partners as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('handles a record whose ID is "__proto__" as an ordinary ID', () => {
    const bundle = clone(fixedExample());
    const oldId = bundle.partners[0]!.id;
    bundle.partners[0]!.id = '__proto__';
    for (const c of bundle.canvases) if (c.partnerId === oldId) c.partnerId = '__proto__';
    for (const i of bundle.insights) if (i.partnerId === oldId) i.partnerId = '__proto__';
    for (const r of [...bundle.enablement, ...bundle.metrics]) if (r.partnerId === oldId) r.partnerId = '__proto__';
    for (const e of bundle.edges) {
      if (e.from === oldId) e.from = '__proto__';
      if (e.to === oldId) e.to = '__proto__';
    }
    delete bundle.layout.positions[oldId];
    const { bundle: parsed, repairs } = okOf(parseWorkshopDocument(serializeWorkshop(bundle, EXPORTED_AT)));
    expect(repairs).toEqual([]);
    expect(parsed.partners[0]!.id).toBe('__proto__');
    const entities = toEntities(parsed);
    expect(Object.hasOwn(entities.partners, '__proto__')).toBe(true);
    expect(entities.partners.__proto__).toBe(parsed.partners[0]);
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });
});
