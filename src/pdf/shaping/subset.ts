// HarfBuzz's subsetter (its own small WebAssembly module): keeps only the glyphs an export draws.

interface SubsetExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, lengthPtr: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize?: () => void;
}

const RETAIN_GIDS = 0x2;
const DROP_TABLES = 3;
const tag = (name: string) => [...name].reduce((t, c) => (t << 8) | c.charCodeAt(0), 0) >>> 0;
/** Shaping is done before subsetting, so the layout tables are dead weight in the PDF. */
const DROPPED = ['GSUB', 'GPOS', 'GDEF', 'morx', 'kern', 'DSIG', 'STAT', 'fvar', 'gvar', 'avar', 'HVAR', 'MVAR'].map(tag);

export type Subsetter = (font: Uint8Array, glyphs: Iterable<number>, unicodes: Iterable<number>) => Uint8Array;

/** Instantiates the subsetter from its .wasm bytes. Glyph IDs are kept, so shaped output needs no renumbering. */
export async function createSubsetter(wasm: ArrayBuffer): Promise<Subsetter> {
  const { instance } = await WebAssembly.instantiate(wasm, {});
  const hb = instance.exports as unknown as SubsetExports;
  hb._initialize?.();
  return (font, glyphs, unicodes) => {
    const fontPtr = hb.malloc(font.length);
    new Uint8Array(hb.memory.buffer).set(font, fontPtr);
    const blob = hb.hb_blob_create(fontPtr, font.length, 2, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    const input = hb.hb_subset_input_create_or_fail();
    const glyphSet = hb.hb_subset_input_glyph_set(input);
    for (const g of glyphs) hb.hb_set_add(glyphSet, g);
    const unicodeSet = hb.hb_subset_input_unicode_set(input);
    for (const u of unicodes) hb.hb_set_add(unicodeSet, u);
    const drop = hb.hb_subset_input_set(input, DROP_TABLES);
    for (const t of DROPPED) hb.hb_set_add(drop, t);
    hb.hb_subset_input_set_flags(input, RETAIN_GIDS);
    const subset = hb.hb_subset_or_fail(face, input);
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    try {
      if (!subset) throw new Error('HarfBuzz could not subset a font for the PDF.');
      const out = hb.hb_face_reference_blob(subset);
      const lengthPtr = hb.malloc(4);
      const data = hb.hb_blob_get_data(out, lengthPtr);
      const length = new Uint32Array(hb.memory.buffer, lengthPtr, 1)[0] ?? 0;
      const bytes = new Uint8Array(hb.memory.buffer, data, length).slice();
      hb.free(lengthPtr);
      hb.hb_blob_destroy(out);
      hb.hb_face_destroy(subset);
      return bytes;
    } finally {
      hb.free(fontPtr);
    }
  };
}
