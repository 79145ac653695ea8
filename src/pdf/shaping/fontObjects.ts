// The PDF objects of one embedded subset font (Type 0 / CIDFontType2, Identity-H), written with the
// drawing module's object writer. Our own ToUnicode map can say that one glyph stands for several characters.
import type { FaceUse } from './glyphText';
import { utf16Hex } from './glyphText';

export interface ObjectWriter {
  out(line: string): void;
  newObject(): number;
  putStream(options: { data: string; objectId: number; addLength1?: boolean }): void;
}

export interface FontDescriptor {
  bbox: number[];
  flags: number;
  stemV: number;
  italicAngle: number;
  ascender: number;
  decender: number;
  capHeight: number;
}

export function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

function toUnicodeCMap(map: Map<number, string>): string {
  const entries = [...map].sort((a, b) => a[0] - b[0]);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([gid, text]) => `<${gid.toString(16).padStart(4, '0')}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** Writes the font program, its ToUnicode map, descriptor, CID font and Type 0 font; returns the Type 0 object number. */
export function writeFontObjects(w: ObjectWriter, name: string, program: Uint8Array, use: FaceUse, widthOf: (gid: number) => number, d: FontDescriptor): number {
  const file = w.newObject();
  w.putStream({ data: binaryString(program), objectId: file, addLength1: true });
  w.out('endobj');
  const cmap = w.newObject();
  w.putStream({ data: toUnicodeCMap(use.toUnicode), objectId: cmap });
  w.out('endobj');
  const descriptor = w.newObject();
  w.out(
    `<< /Type /FontDescriptor /FontName /${name} /FontFile2 ${file} 0 R /FontBBox [${d.bbox.map((v) => Math.round(v)).join(' ')}] /Flags ${d.flags} /StemV ${Math.round(d.stemV)} /ItalicAngle ${d.italicAngle} /Ascent ${Math.round(d.ascender)} /Descent ${Math.round(d.decender)} /CapHeight ${Math.round(d.capHeight)} >>`,
  );
  w.out('endobj');
  const widths = [...use.glyphs].sort((a, b) => a - b).map((gid) => `${gid} [${Math.round(widthOf(gid))}]`);
  const cid = w.newObject();
  w.out(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 0 /W [${widths.join(' ')}] /CIDToGIDMap /Identity >>`);
  w.out('endobj');
  const font = w.newObject();
  w.out(`<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${cmap} 0 R >>`);
  w.out('endobj');
  return font;
}

/** A six-letter subset tag derived from the glyphs kept, so the same content gives the same file. */
export function subsetTag(face: string, glyphs: Iterable<number>): string {
  let h = 2166136261;
  for (const c of face) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  for (const g of [...glyphs].sort((a, b) => a - b)) h = Math.imul(h ^ g, 16777619);
  let tag = '';
  for (let i = 0; i < 6; i += 1) {
    tag += String.fromCharCode(65 + ((h >>> 0) % 26));
    h = Math.imul(h ^ (i + 7), 16777619);
  }
  return tag;
}
